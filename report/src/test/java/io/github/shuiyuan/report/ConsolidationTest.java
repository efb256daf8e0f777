package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.Consolidation.Totals;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidationTest {

    private static final CaseFile MASTER = CaseFiles.sample();

    private static Path form(Path dir, String unitId, FormFormat format) throws IOException {
        return Files.write(dir.resolve(unitId + (format == FormFormat.XLS ? ".xls" : ".xlsx")),
                Forms.december10(unitId, format));
    }

    private static Consolidation consolidate(List<Path> forms, ByteArrayOutputStream out) throws Exception {
        return LookBackForm.consolidate(forms, MASTER, Forms.NOVEMBER, Fixtures.engine(), out);
    }

    @Test
    void good_forms_become_one_sheet_each_behind_a_summary_and_a_bad_one_is_refused_with_why(@TempDir Path dir)
            throws Exception {
        Path chengdong = form(dir, "SD-CHENGDONG", FormFormat.XLS);
        Path rengang = form(dir, "SD-RENGANG", FormFormat.XLSX);
        Path tampered = Files.write(dir.resolve("SD-GUANYINSHAN.xlsx"),
                Tamper.edit(Files.readAllBytes(form(dir, "SD-GUANYINSHAN", FormFormat.XLSX)), Tamper.text("F5", "完成")));
        Path noise = Files.write(dir.resolve("notes.xlsx"), "随手记".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Consolidation result = consolidate(List.of(chengdong, tampered, rengang, noise), out);

        assertThat(result.accepted()).extracting(Consolidation.Accepted::unitName, Consolidation.Accepted::comparedOn)
                .containsExactly(Tuple.tuple("任港街道", Fixtures.DEC_10), Tuple.tuple("城东街道", Fixtures.DEC_10));
        assertThat(result.refused()).extracting(Consolidation.Refused::file)
                .containsExactly(tampered.toString(), noise.toString());
        assertThat(result.refused().get(0).errors()).extracting(FormError::code, FormError::cell)
                .containsExactly(Tuple.tuple(FormErrorCode.DONE_NOT_YES_NO, "F5"));
        assertThat(result.refused().get(1).errors()).extracting(FormError::code)
                .containsExactly(FormErrorCode.NOT_A_SPREADSHEET);

        try (Workbook workbook = CellModel.open(out.toByteArray())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("汇总", "任港街道", "城东街道");
            Sheet summary = workbook.getSheet("汇总");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("任港街道");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
            for (int r = 1; r <= 3; r++) {
                Totals totals = r == 1 ? result.accepted().get(0).totals()
                        : r == 2 ? result.accepted().get(1).totals() : result.totals();
                assertThat(numbers(summary.getRow(r))).as("row %d", r + 1).containsExactly((double) totals.rows(),
                        (double) totals.done(), (double) totals.notDone(), (double) totals.lookBackFailed(),
                        (double) totals.closed(), (double) totals.irregularlyClosed(), (double) totals.closable(),
                        (double) totals.notEligible());
            }
        }
    }

    @Test
    void totals_come_from_the_checked_facts(@TempDir Path dir) throws Exception {
        Consolidation result = consolidate(List.of(form(dir, "SD-RENGANG", FormFormat.XLSX),
                form(dir, "SD-CHENGDONG", FormFormat.XLSX)), new ByteArrayOutputStream());
        // 任港街道: serial 4 closed and held, serial 5 relapsed on 2018-08-16 (否, not eligible)
        assertThat(result.accepted().get(0).totals()).isEqualTo(new Totals(2, 1, 1, 1, 1, 0, 0, 1));
        // 城东街道: serial 16 closed on 2018-10-30 although found 未整改到位 on 2018-10-17 (a 违规销号)
        Totals chengdong = result.accepted().get(1).totals();
        assertThat(chengdong.rows()).isEqualTo(4);
        assertThat(chengdong.irregularlyClosed()).isEqualTo(1);
        assertThat(chengdong.lookBackFailed()).isEqualTo(1);
        assertThat(result.totals()).isEqualTo(result.accepted().get(0).totals().plus(chengdong));
    }

    @Test
    void a_form_with_only_warnings_is_taken_with_them(@TempDir Path dir) throws Exception {
        Consolidation result = consolidate(List.of(form(dir, "SD-LANGSHAN", FormFormat.XLSX)), new ByteArrayOutputStream());
        assertThat(result.allAccepted()).isTrue();
        assertThat(result.accepted().get(0).warnings()).extracting(FormError::code)
                .containsExactly(FormErrorCode.CASE_FILE_LOCATION_FORMAT);
    }

    @Test
    void nothing_is_written_when_every_form_is_refused(@TempDir Path dir) throws Exception {
        Path tampered = Files.write(dir.resolve("SD-RENGANG.xlsx"),
                Tamper.edit(Files.readAllBytes(form(dir, "SD-RENGANG", FormFormat.XLSX)), Tamper.text("F6", "是")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Consolidation result = consolidate(List.of(tampered), out);
        assertThat(result.accepted()).isEmpty();
        assertThat(result.refused()).singleElement().satisfies(r -> assertThat(r.errors()).extracting(FormError::code)
                .containsExactly(FormErrorCode.DONE_MISMATCH));
        assertThat(out.size()).isZero();
    }

    @Test
    void each_unit_sheet_is_the_units_form_again_and_passes_the_check_itself(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        consolidate(List.of(form(dir, "SD-RENGANG", FormFormat.XLS)), out);
        try (Workbook workbook = CellModel.open(out.toByteArray())) {
            String consolidated = CellModel.of(workbook.getSheet("任港街道"));
            String original = CellModel.of(Files.readAllBytes(dir.resolve("SD-RENGANG.xls")));
            assertThat(consolidated).isEqualTo(original);
        }
    }

    @Test
    void a_second_form_of_the_same_unit_is_refused(@TempDir Path dir) throws Exception {
        Path first = form(dir, "SD-RENGANG", FormFormat.XLSX);
        Path second = form(dir, "SD-RENGANG", FormFormat.XLS);
        Consolidation result = consolidate(List.of(first, second), new ByteArrayOutputStream());
        assertThat(result.accepted()).hasSize(1);
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(second.toString());
            assertThat(r.errors()).extracting(FormError::code).containsExactly(FormErrorCode.DUPLICATE_UNIT);
        });
        assertThat(result.allAccepted()).isFalse();
    }

    private static List<Double> numbers(Row row) {
        List<Double> numbers = new ArrayList<>();
        for (int c = 3; c <= 10; c++) {
            numbers.add(row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }
}
