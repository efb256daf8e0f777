package io.github.shuiyuan.report;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.report.internal.DisclosureBuilder;
import io.github.shuiyuan.report.internal.DisclosureHtml;
import io.github.shuiyuan.report.internal.DisclosureTable;
import io.github.shuiyuan.report.internal.StyleBook;
import io.github.shuiyuan.report.internal.TableWriter;
import io.github.shuiyuan.report.internal.Workbooks;
import io.github.shuiyuan.rules.Assessment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The monthly public disclosure (信息公开, the seed's 工作要求（三）): per source its zones' approval, its
 * problems by status and progress, the month's water quality, and the completeness of reporting and
 * evidence; as JSON, a self-contained HTML page, or .xlsx. It carries no personal data: no names of
 * people, no phone numbers, no links to evidence.
 *
 * <pre>{@code
 * Assessment a = engine.assess(caseFile, YearMonth.of(2018, 11).atEndOfMonth());
 * DisclosurePage page = PublicDisclosure.build(caseFile, a, YearMonth.of(2018, 11));
 * PublicDisclosure.write(page, PublicDisclosure.Format.HTML, out);
 * }</pre>
 *
 * <p>Static methods, no shared state: thread-safe.
 */
public final class PublicDisclosure {

    /** The output formats. */
    public enum Format {
        JSON,
        HTML,
        XLSX;

        /** The format a file name asks for: {@code .json}, {@code .html}/{@code .htm} or {@code .xlsx}. */
        public static Format forFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            throw new IllegalArgumentException("输出文件须为.json、.html或.xlsx：" + file + " (unknown output format)");
        }
    }

    private PublicDisclosure() {
    }

    /**
     * The disclosure of {@code period}, every figure as of its last day. Water quality comes from the
     * assessment's gradings of the period's samples, so assess as of the period's last day (or later).
     */
    public static DisclosurePage build(CaseFile caseFile, Assessment assessment, YearMonth period) {
        return DisclosureBuilder.build(caseFile, assessment, period);
    }

    /** Writes the page in {@code format} to {@code out} (left open). */
    public static void write(DisclosurePage page, Format format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> {
                out.write(JsonMappers.newMapper().writeValueAsBytes(page));
                out.write('\n');
            }
            case HTML -> DisclosureHtml.write(page, out);
            case XLSX -> writeXlsx(page, out);
        }
    }

    private static void writeXlsx(DisclosurePage page, OutputStream out) throws IOException {
        Workbook workbook = Workbooks.create(FormFormat.XLSX, page.asOf());
        TableWriter.write(workbook.createSheet("信息公开"), new StyleBook(workbook), DisclosureTable.columns(), page.sources());
        Workbooks.save(workbook, out);
    }
}
