package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LookBackFormWriteTest {

    static byte[] write(LookBackSheet sheet, FormFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LookBackForm.write(sheet, format, out);
        return out.toByteArray();
    }

    /** 任港街道's form as of 2018-12-10: serial 4 closed and held, serial 5 recurred (close-out blocked by CLO-04). */
    static byte[] rengang(FormFormat format) throws IOException {
        Assessment assessment = Fixtures.assessment(CaseFiles.sample(), Fixtures.DEC_10,
                new CloseOutStatus("PRB-004", true, List.of()), new CloseOutStatus("PRB-005", false, List.of("CLO-04")));
        return write(LookBackForm.sheet(CaseFiles.sample(), assessment, "SD-RENGANG", "PER-002"), format);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void the_form_of_rengang_matches_the_golden_cell_model(FormFormat format) throws IOException {
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/lookback-SD-RENGANG-2018-12-10.txt")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String model = CellModel.of(rengang(format));
        Files.writeString(Path.of("target", "lookback-SD-RENGANG-" + format + ".model.txt"), model);
        assertThat(model).isEqualTo(golden);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void styles_by_role_use_the_government_fonts_and_borders(FormFormat format) throws IOException {
        try (Workbook workbook = CellModel.open(rengang(format))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertFont(workbook, cell(sheet, 1, 0), "方正小标宋简体", 18, true);
            assertFont(workbook, cell(sheet, 3, 0), "黑体", 12, false);
            assertFont(workbook, cell(sheet, 4, 3), "仿宋_GB2312", 11, false);
            assertFont(workbook, cell(sheet, 2, 0), "仿宋_GB2312", 12, false);
            for (int r = 3; r <= 5; r++) {
                for (int c = 0; c < 7; c++) {
                    assertThat(cell(sheet, r, c).getCellStyle().getBorderBottom()).as("border of row %d col %d", r, c)
                            .isEqualTo(BorderStyle.THIN);
                }
            }
            assertThat(cell(sheet, 2, 0).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.NONE);
            assertThat(cell(sheet, 4, 3).getCellStyle().getWrapText()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void styles_are_created_once_per_role_not_per_cell(FormFormat format) throws IOException {
        List<LookBackRow> rows = java.util.stream.IntStream.rangeClosed(1, 300)
                .mapToObj(i -> new LookBackRow(i, "南通市崇川区", "某水源地", "问题" + i, "未反弹", i % 2 == 0, "")).toList();
        try (Workbook workbook = CellModel.open(write(new LookBackSheet("任港街道", Fixtures.DEC_10, null, null, rows), format))) {
            assertThat(workbook.getNumCellStyles()).isLessThan(30);
        }
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void the_print_setup_is_a4_landscape_with_the_header_on_every_page_and_a_page_footer(FormFormat format)
            throws IOException {
        try (Workbook workbook = CellModel.open(rengang(format))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        }
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_short_form_is_fitted_onto_one_page_and_a_long_one_runs_on_at_its_widths_scale(FormFormat format)
            throws IOException {
        // 狼山镇街道's six rows run a little over one page at the width's scale: shrunk onto one page, never a
        // second page holding only the repeated header and the last notes
        try (Workbook workbook = CellModel.open(Forms.december10("SD-LANGSHAN", format))) {
            assertThat(workbook.getSheetAt(0).getPrintSetup().getFitHeight()).isEqualTo((short) 1);
        }
        LookBackRow row = new LookBackRow(1, "南通市崇川区", "长江崇川段取水口水源地",
                "一级保护区内居民住宅3户，生活污水直排\n整改措施：实施征收搬迁，拆除房屋\n整改成效：3户已全部搬迁\n完成时间：2018年9月25日",
                "2018年10月25日，狼山镇街道回头看：未反弹。拆除场地未见新建房屋", true, "可销号");
        for (int rows : new int[] {6, 12}) {
            List<LookBackRow> many = java.util.Collections.nCopies(rows, row);
            try (Workbook workbook = CellModel.open(write(new LookBackSheet("狼山镇街道", Fixtures.DEC_10, null, null, many), format))) {
                assertThat(workbook.getSheetAt(0).getPrintSetup().getFitHeight()).as("%d rows", rows)
                        .isEqualTo((short) (rows == 6 ? 1 : 0));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void text_that_looks_like_a_formula_is_written_as_quoted_text(FormFormat format) throws IOException {
        var caseFile = CaseFiles.sampleDraft().changeProblem("PRB-005", p -> p
                .description("=1+1").measures("+SUM(A1:A9)").location("@南通市崇川区")).build();
        byte[] bytes = write(LookBackForm.sheet(caseFile, Fixtures.assessment(CaseFiles.sample(), Fixtures.DEC_10), "SD-RENGANG", null), format);
        try (Workbook workbook = CellModel.open(bytes)) {
            Cell description = cell(workbook.getSheetAt(0), 5, 3);
            Cell location = cell(workbook.getSheetAt(0), 5, 1);
            assertThat(description.getCellType()).isEqualTo(CellType.STRING);
            assertThat(description.getStringCellValue()).startsWith("=1+1\n整改措施：+SUM(A1:A9)");
            assertThat(description.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(location.getCellType()).isEqualTo(CellType.STRING);
            assertThat(location.getStringCellValue()).isEqualTo("@南通市崇川区");
        }
        assertThat(Forms.check(bytes, caseFile, Forms.NOVEMBER))
                .extracting(FormError::code).doesNotContain(FormErrorCode.FORMULA);
    }

    @Test
    void the_same_input_gives_the_same_bytes() throws IOException {
        assertThat(rengang(FormFormat.XLSX)).isEqualTo(rengang(FormFormat.XLSX));
        assertThat(rengang(FormFormat.XLS)).isEqualTo(rengang(FormFormat.XLS));
    }

    @Test
    void a_hundred_thousand_rows_stream_with_flat_memory(@TempDir Path dir) throws IOException {
        int total = 100_000;
        long[] usedAt = new long[2];
        Iterable<LookBackRow> rows = () -> new Iterator<>() {
            int next = 1;

            @Override
            public boolean hasNext() {
                return next <= total;
            }

            @Override
            public LookBackRow next() {
                if (next == 10_000 || next == total) {
                    usedAt[next == total ? 1 : 0] = usedHeapAfterGc();
                }
                int i = next++;
                return new LookBackRow(i, "南通市崇川区", "长江崇川段取水口水源地", "一级保护区内雨污混接排口" + i + "个\n整改措施：封堵",
                        "2018年6月10日，狼山镇街道回头看：未反弹", true, "已销号（2018年6月15日）");
            }
        };
        Path file = dir.resolve("large.xlsx");
        try (var out = Files.newOutputStream(file)) {
            LookBackForm.write(new LookBackSheet("狼山镇街道", Fixtures.DEC_10, null, null, rows), FormFormat.XLSX, out);
        }
        assertThat(countRows(file)).isEqualTo(4 + total + 1 + 4);
        assertThat(usedAt[1] - usedAt[0]).as("heap growth from row 10,000 to row 100,000").isLessThan(48L * 1024 * 1024);
    }

    @Test
    void an_xls_refuses_more_rows_than_the_format_holds() {
        LookBackRow row = new LookBackRow(1, "南通市崇川区", "某水源地", "", "", true, "");
        int capacity = 65_536 - 4 - 1 - 4; // rows of an .xls less the 4 rows above and 5 below the table
        List<LookBackRow> tooMany = java.util.Collections.nCopies(capacity + 1, row);
        assertThatThrownBy(() -> write(new LookBackSheet("狼山镇街道", Fixtures.DEC_10, null, null, tooMany), FormFormat.XLS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xlsx");
        Iterable<LookBackRow> lazy = tooMany::iterator;
        assertThatThrownBy(() -> write(new LookBackSheet("狼山镇街道", Fixtures.DEC_10, null, null, lazy), FormFormat.XLS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xlsx");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int countRows(Path xlsx) throws IOException {
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            var entry = zip.getEntry("xl/worksheets/sheet1.xml");
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                int rows = 0;
                int c;
                String pattern = "<row ";
                int matched = 0;
                while ((c = in.read()) >= 0) {
                    matched = c == pattern.charAt(matched) ? matched + 1 : (c == '<' ? 1 : 0);
                    if (matched == pattern.length()) {
                        rows++;
                        matched = 0;
                    }
                }
                return rows;
            }
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private static void assertFont(Workbook workbook, Cell cell, String name, int points, boolean bold) {
        Font font = workbook.getFontAt(cell.getCellStyle().getFontIndex());
        assertThat(font.getFontName()).isEqualTo(name);
        assertThat(font.getFontHeightInPoints()).isEqualTo((short) points);
        assertThat(font.getBold()).isEqualTo(bold);
    }
}
