package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.LookBackForm;
import io.github.shuiyuan.report.ReadLimits;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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
 * Checking a filled-in look-back form for November 2018 against its case file ({@link LookBackForm#check}):
 * layout, every cell, every row's format, and every row's facts against the assessment as of the form's date
 * (one {@code assess} of the case file per check). The form is the one the writer makes from that assessment.
 * The read limits (rows, file and unzipped sizes) are raised to let 100,000 rows in.
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
    ComplianceEngine engine;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        master = FormRows.master(rows);
        engine = ComplianceEngine.builder().build();
        form = Files.createTempFile("shuiyuan-form-", ".xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(form))) {
            LookBackForm.write(master, engine.assess(master, FormRows.FILLED_ON), FormRows.UNIT_ID, null,
                    FormFormat.XLSX, out);
        }
        long gigabyte = 1L << 30;
        limits = new ReadLimits(Files.size(form) + 1, rows + 100, 1_000, gigabyte, 2 * gigabyte, 0.01);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(form);
    }

    @Benchmark
    public List<FormError> check() throws Exception {
        List<FormError> errors = LookBackForm.check(form, master, YearMonth.of(2018, 11), engine, limits);
        if (!FormError.noErrors(errors)) {
            throw new IllegalStateException("the benchmark form should pass: " + errors.subList(0, 1));
        }
        return errors;
    }
}
