package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidationTest {

    private static final CaseFile MASTER = Fixtures.sample();

    private static Path form(Path dir, String unitId, FormFormat format) throws IOException {
        byte[] bytes = LookBackFormWriteTest.write(
                LookBackForm.sheet(MASTER, Fixtures.assessment(MASTER, Fixtures.DEC_10), unitId, null), format);
        return Files.write(dir.resolve(unitId + (format == FormFormat.XLS ? ".xls" : ".xlsx")), bytes);
    }

    @Test
    void good_forms_become_one_sheet_each_behind_a_summary_and_a_bad_one_is_refused_with_why(@TempDir Path dir)
            throws IOException {
        Path chengdong = form(dir, "SD-CHENGDONG", FormFormat.XLS);
        Path rengang = form(dir, "SD-RENGANG", FormFormat.XLSX);
        Path tampered = Files.write(dir.resolve("SD-GUANYINSHAN.xlsx"),
                Tamper.edit(Files.readAllBytes(form(dir, "SD-GUANYINSHAN", FormFormat.XLSX)), Tamper.text("F5", "完成")));
        Path noise = Files.write(dir.resolve("notes.xlsx"), "随手记".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Consolidation result = LookBackForm.consolidate(List.of(chengdong, tampered, rengang, noise), MASTER, out);

        assertThat(result.accepted()).extracting(Consolidation.Accepted::unitName, Consolidation.Accepted::rows,
                        Consolidation.Accepted::done, Consolidation.Accepted::notDone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("任港街道", 2, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("城东街道", 4, 3, 1));
        assertThat(result.refused()).extracting(Consolidation.Refused::file)
                .containsExactly(tampered.toString(), noise.toString());
        assertThat(result.refused().get(0).errors()).extracting(FormError::code, FormError::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FormErrorCode.DONE_NOT_YES_NO, "F5"));
        assertThat(result.refused().get(1).errors()).extracting(FormError::code)
                .containsExactly(FormErrorCode.NOT_A_SPREADSHEET);

        try (Workbook workbook = CellModel.open(out.toByteArray())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("汇总", "任港街道", "城东街道");
            Sheet summary = workbook.getSheet("汇总");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("任港街道");
            assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(summary.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(summary.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void each_unit_sheet_is_the_units_form_again_and_passes_the_check_itself(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LookBackForm.consolidate(List.of(form(dir, "SD-RENGANG", FormFormat.XLS)), MASTER, out);
        try (Workbook workbook = CellModel.open(out.toByteArray())) {
            String consolidated = CellModel.of(workbook.getSheet("任港街道"));
            String original = CellModel.of(Files.readAllBytes(dir.resolve("SD-RENGANG.xls")));
            assertThat(consolidated).isEqualTo(original);
        }
    }

    @Test
    void a_second_form_of_the_same_unit_is_refused(@TempDir Path dir) throws IOException {
        Path first = form(dir, "SD-RENGANG", FormFormat.XLSX);
        Path second = form(dir, "SD-RENGANG", FormFormat.XLS);
        Consolidation result = LookBackForm.consolidate(List.of(first, second), MASTER, new ByteArrayOutputStream());
        assertThat(result.accepted()).hasSize(1);
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(second.toString());
            assertThat(r.errors()).extracting(FormError::code).containsExactly(FormErrorCode.DUPLICATE_UNIT);
        });
        assertThat(result.allAccepted()).isFalse();
    }
}
