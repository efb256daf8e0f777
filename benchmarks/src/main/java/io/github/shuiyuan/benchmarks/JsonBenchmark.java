package io.github.shuiyuan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a case file: the strict reader ({@code strictRead}: parse, check every field, bind, check the
 * content) against Jackson's streaming parser walking the same bytes token by token ({@code tokenWalk}), the
 * floor no reader of JSON can beat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class JsonBenchmark {

    /** Sources in the province: 135 is a 2 MB file, 1,350 a 20 MB file. */
    @Param({"135", "1350"})
    int sources;

    byte[] json;
    JsonFactory factory;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        json = Provinces.bytes(sources);
        factory = new JsonFactory();
    }

    @Benchmark
    public CaseFile strictRead() throws Exception {
        return CaseFileJson.strict().read(new ByteArrayInputStream(json));
    }

    @Benchmark
    public long tokenWalk() throws Exception {
        long tokens = 0;
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    tokens += parser.getTextLength();
                }
                tokens++;
            }
        }
        return tokens;
    }
}
