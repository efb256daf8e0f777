package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.examples.generate.CaseFileGenerator;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
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
 * A warm {@code assess} of generated provinces of growing size, the case file already read (a case file
 * from the reader is not validated again). About 74 facts go into working memory per source, so the sizes
 * are about 10³, 10⁴, 10⁵ and 10⁶ facts. Add {@code -prof gc} for the allocation per assessment.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class AssessBenchmark {

    /** Sources in the province: 13 ≈ 10³ facts … 13,500 ≈ 10⁶ facts. */
    @Param({"13", "135", "1350", "13500"})
    int sources;

    ValidCaseFile caseFile;
    ComplianceEngine engine;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        caseFile = Provinces.caseFile(sources);
        engine = ComplianceEngine.builder().build();
    }

    @Benchmark
    public Assessment assess() throws Exception {
        return engine.assess(caseFile, CaseFileGenerator.AS_OF);
    }
}
