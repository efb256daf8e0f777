package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.LookBackForm;
import io.github.shuiyuan.report.ReadLimits;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking a filled-in look-back form against the master list ({@link LookBackForm#check}): layout, every
 * row's format, every row against the master. The read limits (rows, file and unzipped sizes) are raised to let
 * 100,000 rows in.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExcelCheckBenchmark {

    @Param({"1000", "100000"})
    int rows;

    Path form;
    CaseFile master;
    ReadLimits limits;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        form = Files.createTempFile("shuiyuan-form-", ".xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(form))) {
            LookBackForm.write(FormRows.sheet(rows), FormFormat.XLSX, out);
        }
        master = FormRows.master(rows);
        long gigabyte = 1L << 30;
        limits = new ReadLimits(Files.size(form) + 1, rows + 100, 1_000, gigabyte, 2 * gigabyte, 0.01);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(form);
    }

    @Benchmark
    public List<FormError> check() throws IOException {
        List<FormError> errors = LookBackForm.check(form, master, limits);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the benchmark form should pass: " + errors.subList(0, 1));
        }
        return errors;
    }
}
