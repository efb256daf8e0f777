package io.github.shuiyuan.report;

import static io.github.shuiyuan.testing.CaseFiles.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LedgerExportTest {

    static final List<String> HEADERS = List.of("序号", "省份", "所在地", "水源地名称", "水源地类别（地级/县级）",
            "保护区类型（一级、二级）", "问题类型", "问题具体情况", "具体整治措施", "计划完成整治时间", "备注", "整治进展情况",
            "是否完成整治", "整治进度（%）");

    static byte[] export(CaseFile file, LocalDate asOf, FormFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Ledger.write(file, Fixtures.assessment(file, asOf), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The sheet's rows as text, one list of 14 cell texts per row, from the data rows on. */
    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 14; c++) {
                cells.add(io.github.shuiyuan.report.internal.Cells.read(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void title_headers_and_one_row_per_problem_in_serial_order(FormFormat format) throws IOException {
        try (Workbook workbook = CellModel.open(export(CaseFiles.sample(), Fixtures.DEC_10, format))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("崇川区饮用水水源地环境问题清理整治进展情况统计表（2018年12月10日）");
            assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 0, 13));
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).isEqualTo(HEADERS);
            List<List<String>> rows = rows(sheet);
            assertThat(rows).hasSize(20);
            assertThat(rows.stream().map(r -> r.get(0)).toList()).isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(String::valueOf).toList());
            assertThat(rows.get(0)).containsExactly("1", "江苏省", "南通市崇川区", "长江崇川段取水口水源地", "地级",
                    "一级", "排污口", "一级保护区内沿江雨污混接排口1个，晴天有生活污水排入长江", "封堵排口，对上游3处小区实施雨污分流改造",
                    "2017年12月31日", "", "排口已封堵，上游污水接入市政污水管网，无污水入江", "是", "100");
        }
    }

    @Test
    void a_relapse_is_no_whatever_was_recorded_and_open_problems_keep_their_figure() throws IOException {
        CaseFile file = CaseFiles.sampleDraft().changeProblem("PRB-006", p -> p.progressPercent(decimal("40"))).build();
        try (Workbook workbook = CellModel.open(export(file, Fixtures.DEC_10, FormFormat.XLSX))) {
            List<List<String>> rows = rows(workbook.getSheetAt(0));
            assertThat(rows.get(4).subList(12, 14)).as("PRB-005 recorded RECTIFIED, look-back found 反弹")
                    .containsExactly("否", "");
            assertThat(rows.get(15).subList(12, 14)).as("PRB-016 recorded CLOSED, look-back found 未整改到位")
                    .containsExactly("否", "");
            assertThat(rows.get(5).subList(12, 14)).as("PRB-006 rectifying at 40%").containsExactly("否", "40");
            assertThat(rows.get(7).subList(12, 14)).as("PRB-008 open, no figure").containsExactly("否", "");
        }
    }

    @Test
    void the_original_deadline_with_the_extension_in_force_in_remarks() throws IOException {
        CaseFile file = CaseFiles.sampleDraft().changeProblem("PRB-003", p -> p.remarks("已签协议")).build();
        try (Workbook workbook = CellModel.open(export(file, LocalDate.of(2018, 7, 20), FormFormat.XLSX))) {
            List<List<String>> rows = rows(workbook.getSheetAt(0));
            assertThat(rows.get(2).subList(9, 11)).containsExactly("2018年6月30日", "已延期至2018年9月30日；已签协议");
            assertThat(rows.get(2).get(12)).as("rectified only on 09-25").isEqualTo("否");
        }
        try (Workbook workbook = CellModel.open(export(file, LocalDate.of(2018, 6, 19), FormFormat.XLSX))) {
            assertThat(rows(workbook.getSheetAt(0)).get(2).subList(9, 11)).as("extension approved only on 06-20")
                    .containsExactly("2018年6月30日", "已签协议");
        }
    }

    @Test
    void only_problems_identified_by_the_date_and_their_status_as_of_then() throws IOException {
        try (Workbook workbook = CellModel.open(export(CaseFiles.sample(), LocalDate.of(2018, 7, 20), FormFormat.XLSX))) {
            List<List<String>> rows = rows(workbook.getSheetAt(0));
            assertThat(rows).extracting(r -> r.get(0)).doesNotContain("8", "17");
            assertThat(rows).hasSize(18);
            assertThat(rows.get(3).subList(12, 14)).as("PRB-004 rectified only on 08-20").containsExactly("否", "");
        }
    }

    @Test
    void no_personal_data_and_no_formula() throws IOException {
        CaseFile file = CaseFiles.sampleDraft().changeProblem("PRB-001", p -> p
                .description("=HYPERLINK(\"x\") 王某反映，电话13912345678，身份证320602198001011234")
                .result("联系0513-85501234")).build();
        try (Workbook workbook = CellModel.open(export(file, Fixtures.DEC_10, FormFormat.XLSX))) {
            Cell description = workbook.getSheetAt(0).getRow(2).getCell(7);
            assertThat(description.getCellType()).isEqualTo(CellType.STRING);
            assertThat(description.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\") ＊＊反映，电话＊＊，身份证＊＊");
            assertThat(description.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(11).getStringCellValue()).isEqualTo("联系＊＊");
        }
    }

    @Test
    void fonts_and_print_setup_of_the_look_back_form() throws IOException {
        try (Workbook workbook = CellModel.open(export(CaseFiles.sample(), Fixtures.DEC_10, FormFormat.XLSX))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(font(workbook, sheet.getRow(0).getCell(0))).isEqualTo("方正小标宋简体");
            assertThat(font(workbook, sheet.getRow(1).getCell(3))).isEqualTo("黑体");
            assertThat(font(workbook, sheet.getRow(2).getCell(7))).isEqualTo("仿宋_GB2312");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
            assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        }
    }

    @Test
    void same_input_same_bytes() {
        assertThat(export(CaseFiles.sample(), Fixtures.DEC_10, FormFormat.XLSX))
                .isEqualTo(export(CaseFiles.sample(), Fixtures.DEC_10, FormFormat.XLSX));
    }

    @Test
    void a_cell_too_long_is_refused() {
        CaseFile file = CaseFiles.sampleDraft().changeProblem("PRB-001", p -> p.measures("措".repeat(40_000))).build();
        assertThatThrownBy(() -> Ledger.write(file, Fixtures.assessment(file, Fixtures.DEC_10), FormFormat.XLSX,
                new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("I3");
    }

    private static String font(Workbook workbook, Cell cell) {
        return workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
    }
}
