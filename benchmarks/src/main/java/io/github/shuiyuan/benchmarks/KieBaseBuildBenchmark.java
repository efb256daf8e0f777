package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.rules.ComplianceEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling the bundled rules in a fresh JVM, as an application does once at start-up: one shot per fork,
 * no warm-up, so class loading and the interpreter are part of what is measured.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class KieBaseBuildBenchmark {

    @Benchmark
    public ComplianceEngine coldBuild() throws Exception {
        return ComplianceEngine.builder().build();
    }
}
