package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm {@code assess} of the bundled 2018 Chongchuan sample (3 sources, 20 problems, about 230 records), as
 * a request handler calls it: the engine built once, the case file read once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SampleAssessBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2018, 12, 10);

    ValidCaseFile sample;
    ComplianceEngine engine;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try (InputStream in = SampleAssessBenchmark.class.getResourceAsStream("/data/chongchuan-2018.json")) {
            sample = CaseFileJson.strict().readValid(in);
        }
        engine = ComplianceEngine.builder().build();
    }

    @Benchmark
    public Assessment assessSample() throws Exception {
        return engine.assess(sample, AS_OF);
    }
}
