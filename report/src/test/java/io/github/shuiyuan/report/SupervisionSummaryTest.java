package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.internal.Cells;
import io.github.shuiyuan.rules.Assessment;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** The 汇总 and 图表 sheets of the supervision workbook, against the bundled sample as of 2018-12-10. */
class SupervisionSummaryTest {

    private static final CaseFile CASE = SupervisionWorkbookTest.CASE;
    private static final Assessment SAMPLE = Fixtures.assessment(CASE, Fixtures.DEC_10);

    private static List<List<String>> rows(Sheet sheet, int first, int last) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            rows.add(SupervisionWorkbookTest.row(sheet, r));
        }
        return rows;
    }

    @Test
    void the_summary_says_as_of_when_and_by_which_rules() throws Exception {
        try (Workbook workbook = SupervisionWorkbookTest.write(CASE, SAMPLE)) {
            Sheet summary = workbook.getSheet("汇总");
            assertThat(Cells.read(summary.getRow(0).getCell(0))).isEqualTo("崇川区饮用水水源地环境保护督查汇总");
            assertThat(Cells.read(summary.getRow(1).getCell(0))).isEqualTo("统计截至：2018年12月10日");
            assertThat(Cells.read(summary.getRow(2).getCell(0))).isEqualTo("规则集：" + SAMPLE.ruleset().name() + "（版本"
                    + SAMPLE.ruleset().version() + "）　指纹（SHA-256）：" + SAMPLE.ruleset().sha256());
            assertThat(SAMPLE.ruleset().sha256()).hasSize(64);
        }
    }

    @Test
    void the_summary_counts_each_units_findings_problems_close_outs_and_accountability() throws Exception {
        try (Workbook workbook = SupervisionWorkbookTest.write(CASE, SAMPLE)) {
            Sheet summary = workbook.getSheet("汇总");
            assertThat(rows(summary, 3, 10)).containsExactly(
                    List.of("责任单位", "严重", "较重", "一般", "提示", "问题总数", "未解决", "逾期未解决", "反弹或未整改到位",
                            "可销号", "已销号", "其中违规销号", "问责建议"),
                    List.of("任港街道", "4", "3", "2", "0", "3", "2", "1", "1", "1", "1", "0", "1"),
                    List.of("狼山镇街道", "1", "7", "7", "2", "7", "1", "1", "0", "4", "4", "1", "2"),
                    // one 城东街道 problem is no longer 可销号 (CLO-12): its photo is not sound evidence (a copy, or one EVD-02/03 calls false)
                    List.of("城东街道", "3", "10", "8", "0", "4", "1", "1", "1", "1", "2", "1", "4"),
                    List.of("和平桥街道", "3", "4", "1", "0", "3", "2", "1", "0", "1", "1", "0", "1"),
                    List.of("观音山街道", "1", "4", "2", "0", "3", "1", "0", "0", "1", "1", "0", "3"),
                    List.of("（未指明责任单位）", "0", "1", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0"),
                    List.of("崇川区合计", "12", "29", "21", "2", "20", "7", "4", "2", "8", "9", "2", "11"));
            assertThat(Cells.read(summary.getRow(12).getCell(0))).startsWith("说明：");
        }
    }

    @Test
    void the_district_total_is_the_sum_of_the_units_and_the_assessment() throws Exception {
        try (Workbook workbook = SupervisionWorkbookTest.write(CASE, SAMPLE)) {
            Sheet summary = workbook.getSheet("汇总");
            Row total = summary.getRow(10);
            int findings = 0;
            for (int c = 1; c <= 4; c++) {
                findings += (int) total.getCell(c).getNumericCellValue();
                double sum = 0;
                for (int r = 4; r < 10; r++) {
                    sum += summary.getRow(r).getCell(c).getNumericCellValue();
                }
                assertThat(total.getCell(c).getNumericCellValue()).isEqualTo(sum);
            }
            assertThat(findings).isEqualTo(SAMPLE.findings().size());
            assertThat((int) total.getCell(5).getNumericCellValue()).isEqualTo(SAMPLE.problems().size());
            assertThat((int) total.getCell(12).getNumericCellValue()).isEqualTo(SAMPLE.accountability().size());
        }
    }

    @Test
    void the_chart_sheet_draws_findings_per_family_and_progress_per_unit_from_its_tables() throws Exception {
        try (Workbook workbook = SupervisionWorkbookTest.write(CASE, SAMPLE)) {
            XSSFSheet sheet = (XSSFSheet) workbook.getSheet("图表");
            assertThat(SupervisionWorkbookTest.row(sheet, 0)).containsExactly("规则族", "严重", "较重", "一般", "提示", "合计");
            assertThat(SupervisionWorkbookTest.row(sheet, 6)).containsExactly("整改 · 问题整改与整改方案", "9", "7", "4", "0", "20");
            int progressHeader = findRow(sheet, "责任单位");
            assertThat(SupervisionWorkbookTest.row(sheet, progressHeader)).containsExactly("责任单位", "合规销号", "违规销号",
                    "已整治待销号", "整治中或未整改", "反弹或未整改到位", "问题总数");
            assertThat(SupervisionWorkbookTest.row(sheet, progressHeader + 2))
                    .containsExactly("狼山镇街道", "3", "1", "2", "1", "0", "7");

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("各规则族发现条数（按严重程度）");
            assertThat(charts.get(1).getTitleText().getString()).isEqualTo("各责任单位问题整治与销号进展");
            XDDFBarChartData families = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertThat(families.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
            assertThat(families.getSeriesCount()).isEqualTo(4);
            XDDFChartData.Series critical = families.getSeries(0);
            assertThat(critical.getCategoryData().getDataRangeReference()).isEqualTo("图表!$A$2:$A$12");
            assertThat(critical.getValuesData().getDataRangeReference()).isEqualTo("图表!$B$2:$B$12");
            XDDFBarChartData progress = (XDDFBarChartData) charts.get(1).getChartSeries().get(0);
            assertThat(progress.getSeriesCount()).isEqualTo(5);
            assertThat(progress.getSeries(4).getValuesData().getDataRangeReference())
                    .isEqualTo("图表!$F$" + (progressHeader + 2) + ":$F$" + (progressHeader + 6));
            assertThat(charts.get(1).getCTChart().getPlotArea().getBarChartArray(0).xmlText())
                    .as("stacked bars overlap wholly").contains("overlap val=\"100\"");
        }
    }

    @Test
    void with_nothing_found_and_no_problems_the_chart_sheet_says_so_instead_of_drawing() throws Exception {
        try (Workbook workbook = SupervisionWorkbookTest.write(CASE, SupervisionWorkbookTest.assessment(List.of()))) {
            XSSFSheet sheet = (XSSFSheet) workbook.getSheet("图表");
            assertThat(sheet.getDrawingPatriarch() == null ? List.of() : sheet.getDrawingPatriarch().getCharts()).isEmpty();
            assertThat(Cells.read(sheet.getRow(1).getCell(0))).isEqualTo("各规则族发现条数（按严重程度）：截至统计日无数据");
            int progressHeader = findRow(sheet, "责任单位");
            assertThat(Cells.read(sheet.getRow(progressHeader + 1).getCell(0)))
                    .isEqualTo("各责任单位问题整治与销号进展：截至统计日无数据");
            Sheet summary = workbook.getSheet("汇总");
            assertThat(SupervisionWorkbookTest.row(summary, 4)).startsWith("任港街道", "0", "0", "0", "0", "0");
        }
    }

    private static int findRow(Sheet sheet, String firstCell) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && firstCell.equals(Cells.read(row.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError(firstCell);
    }
}
