package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.internal.Cells;
import io.github.shuiyuan.report.internal.RowHeights;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.Severity;
import io.github.shuiyuan.rules.SubjectType;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/**
 * How the supervision workbook prints: every table sheet on A4 landscape, one page wide, its header row repeated
 * and its pages numbered, and every row as tall as its wrapped text needs (a PDF's text layer cannot show
 * overlapping text; these heights prevent it). The CI script scripts/check-workbook-pdf.sh prints it in LibreOffice.
 */
class SupervisionWorkbookPrintTest {

    private static final CaseFile CASE = SupervisionWorkbookTest.CASE;
    private static final List<String> TABLES = List.of("汇总", "问题发现", "销号状态", "问责建议", "水质评价");

    private static Workbook sample() throws Exception {
        return SupervisionWorkbookTest.write(CASE, Fixtures.assessment(CASE, Fixtures.DEC_10));
    }

    @Test
    void every_table_sheet_prints_a4_landscape_one_page_wide_with_its_header_repeated_and_pages_numbered() throws Exception {
        try (Workbook workbook = sample()) {
            for (String name : TABLES) {
                Sheet sheet = workbook.getSheet(name);
                int header = name.equals("汇总") ? 4 : 1;
                assertThat(print(sheet)).as(name).isEqualTo("A4 landscape fit 1x0 repeat " + header + ":" + header
                        + " footer 第 &P 页 共 &N 页");
            }
        }
    }

    @Test
    void the_chart_sheet_prints_on_one_a4_landscape_page() throws Exception {
        try (Workbook workbook = sample()) {
            assertThat(print(workbook.getSheet("图表"))).isEqualTo("A4 landscape fit 1x1 repeat none footer 第 &P 页 共 &N 页");
        }
    }

    private static String print(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        CellRangeAddress repeat = sheet.getRepeatingRows();
        return (print.getPaperSize() == PrintSetup.A4_PAPERSIZE ? "A4" : "paper " + print.getPaperSize())
                + (print.getLandscape() ? " landscape" : " portrait")
                + (sheet.getFitToPage() ? " fit " + print.getFitWidth() + "x" + print.getFitHeight() : " no fit")
                + " repeat " + (repeat == null ? "none" : repeat.formatAsString())
                + " footer " + sheet.getFooter().getCenter();
    }

    @Test
    void every_row_of_every_sheet_is_as_tall_as_its_wrapped_text_needs() throws Exception {
        try (Workbook workbook = sample()) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    assertThat(row.getHeightInPoints()).as(sheet.getSheetName() + " row " + (row.getRowNum() + 1))
                            .isGreaterThanOrEqualTo(needed(sheet, row) - 0.05f); // heights are kept in 1/20 pt
                }
            }
        }
    }

    @Test
    void a_long_message_makes_its_row_taller_and_a_short_one_does_not() throws Exception {
        String longMessage = "问题序号5（二级保护区内港区生活污水排口1个）在专项行动整改期限2018-11-30届满后仍未解决".repeat(3);
        Finding tall = new Finding("PRB-02", "专项行动整改期限届满仍未解决", "依据", Severity.CRITICAL, SubjectType.PROBLEM,
                "PRB-005", null, "WS-001", "SD-RENGANG", longMessage);
        Finding short_ = new Finding("RPT-01", "月报", "依据", Severity.MINOR, SubjectType.UNIT, "SD-RENGANG", null,
                null, "SD-RENGANG", "未报送月报");
        Assessment assessment = SupervisionWorkbookTest.assessment(List.of(tall, short_));
        try (Workbook workbook = SupervisionWorkbookTest.write(CASE, assessment)) {
            Sheet findings = workbook.getSheet("问题发现");
            int messageWidth = findings.getColumnWidth(8) / 256;
            int lines = RowHeights.lines(longMessage, messageWidth);
            assertThat(lines).isGreaterThan(3);
            assertThat(findings.getRow(1).getHeightInPoints()).isCloseTo(RowHeights.height(lines, 11, 0), within(0.05f));
            assertThat(findings.getRow(2).getHeightInPoints()).as("one line").isCloseTo(RowHeights.height(1, 11, 18), within(0.05f));
        }
    }

    /** The height the cells of a row need by the estimate, each in its column's (or merged region's) width. */
    private static float needed(Sheet sheet, Row row) {
        int lines = 1;
        for (Cell cell : row) {
            lines = Math.max(lines, RowHeights.lines(Cells.read(cell), width(sheet, cell)));
        }
        int points = 11;
        for (Cell cell : row) {
            points = Math.max(points, sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints());
        }
        return RowHeights.height(lines, points, 0);
    }

    private static int width(Sheet sheet, Cell cell) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(cell)) {
                int chars = 0;
                for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                    chars += sheet.getColumnWidth(c) / 256;
                }
                return chars;
            }
        }
        return sheet.getColumnWidth(cell.getColumnIndex()) / 256;
    }
}
