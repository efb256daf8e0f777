package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.LookBackForm;
import io.github.shuiyuan.report.LookBackRow;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the look-back form to a file: ours ({@code lookBackForm}: {@link LookBackForm#write}, streaming
 * through SXSSF, run with a 256 MB heap to show that memory stays flat) beside the incumbent way
 * ({@code plainXssf}: the same header and rows in an in-memory XSSF workbook, styles made once per role).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExcelWriteBenchmark {

    private static final String[] HEADER = {"问题序号", "所在地", "水源地名称", "已整改问题具体情况", "“回头看”情况", "是否完成整治", "备注"};

    @Param({"1000", "100000"})
    int rows;

    Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("shuiyuan-form-", ".xlsx");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
    public long lookBackForm() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            LookBackForm.write(FormRows.sheet(rows), FormFormat.XLSX, out);
        }
        return Files.size(file);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Xmx3g")
    public long plainXssf() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            XSSFSheet sheet = workbook.createSheet(FormRows.UNIT_NAME);
            CellStyle header = bordered(workbook);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle body = bordered(workbook);
            body.setWrapText(true);
            Row top = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                top.createCell(c).setCellValue(HEADER[c]);
                top.getCell(c).setCellStyle(header);
            }
            for (int i = 1; i <= rows; i++) {
                LookBackRow r = FormRows.row(i);
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(r.serialNo());
                row.createCell(1).setCellValue(r.location());
                row.createCell(2).setCellValue(r.sourceName());
                row.createCell(3).setCellValue(r.rectification());
                row.createCell(4).setCellValue(r.lookBack());
                row.createCell(5).setCellValue(r.done() ? "是" : "否");
                row.createCell(6).setCellValue(r.remark());
                row.forEach(cell -> cell.setCellStyle(body));
            }
            workbook.write(out);
        }
        return Files.size(file);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
