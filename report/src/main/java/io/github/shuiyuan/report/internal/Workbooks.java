package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.report.FormFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Creating and saving the workbooks the library writes: .xlsx streams through SXSSF (only a window of rows
 * in memory, the rest in a temporary file that is deleted on close), .xls is built with HSSF.
 *
 * <p>The library never reads the clock: an .xlsx's creation date is the date its content is as of (or
 * absent), so that the same input always gives the same bytes.
 */
public final class Workbooks {

    /** Rows an SXSSF sheet keeps in memory. */
    private static final int WINDOW = 200;

    private Workbooks() {
    }

    /** A new empty workbook of this format whose creation date is {@code asOf} (null for none). */
    public static Workbook create(FormFormat format, LocalDate asOf) {
        if (format == FormFormat.XLS) {
            return new HSSFWorkbook();
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        Optional<Date> created = Optional.ofNullable(asOf)
                .map(d -> Date.from(d.atStartOfDay().toInstant(Evidence.LOCAL_OFFSET)));
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(created);
        return workbook;
    }

    /**
     * A new sheet of an .xlsx workbook from {@link #create} that is held in memory whole rather than streamed, for
     * drawings such as charts, which streamed sheets cannot hold. Keep such sheets small.
     */
    public static XSSFSheet inMemorySheet(Workbook workbook, String name) {
        return ((SXSSFWorkbook) workbook).getXSSFWorkbook().createSheet(name);
    }

    /**
     * Refuses a table whose last row, zero-based {@code lastRowIndex}, would not fit the sheet's format (an .xls
     * holds 65,536 rows).
     *
     * @throws IllegalArgumentException naming the limit
     */
    public static void checkCapacity(Sheet sheet, int lastRowIndex) {
        int limit = sheet.getWorkbook().getSpreadsheetVersion().getLastRowIndex();
        if (lastRowIndex > limit) {
            throw new IllegalArgumentException("表格行数超过该文件格式的上限" + (limit + 1)
                    + "行，请改用xlsx格式 (too many rows for this format)");
        }
    }

    /** Writes the workbook to {@code out} (left open) and releases it, temporary files included. */
    public static void save(Workbook workbook, OutputStream out) throws IOException {
        try (workbook) {
            workbook.write(out);
        }
    }
}
