package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.testing.CaseFiles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The checker's layout and row-format checks on 任港街道's form for November 2018 (rows 5 and 6: serials 4 and 5),
 * written as of 2018-12-10: the untouched form passes in both formats, and each kind of tampering gives its error
 * at its cell. The facts are {@link FormFactCheckTest}'s.
 */
class LookBackFormCheckTest {

    private static final CaseFile MASTER = CaseFiles.sample();
    private static final Map<FormFormat, byte[]> FORMS = new EnumMap<>(FormFormat.class);

    private static byte[] form(FormFormat format) {
        return FORMS.computeIfAbsent(format, f -> Forms.december10("SD-RENGANG", f));
    }

    private static List<FormError> check(byte[] form) {
        return Forms.checkNovember(form);
    }

    private static List<FormError> tampered(FormFormat format, Consumer<Sheet> edit) {
        return check(Tamper.edit(form(format), edit));
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_written_form_passes_the_check(FormFormat format) {
        assertThat(check(form(format))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void every_unit_of_the_sample_round_trips_with_a_warning_for_the_master_lists_own_bad_location(FormFormat format) {
        for (String unit : List.of("SD-RENGANG", "SD-LANGSHAN", "SD-CHENGDONG", "SD-HEPINGQIAO", "SD-GUANYINSHAN")) {
            List<FormError> errors = check(Forms.december10(unit, format));
            if (unit.equals("SD-LANGSHAN")) {
                // serial 9's 所在地 on the master list is 南通市崇川区狼山镇街道: the form copies it, and the district is told
                assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.code()).isEqualTo(FormErrorCode.CASE_FILE_LOCATION_FORMAT);
                    assertThat(e.warning()).isTrue();
                    assertThat(e.cell()).isEqualTo("B9");
                    assertThat(e.found()).isEqualTo("南通市崇川区狼山镇街道");
                });
                assertThat(FormError.noErrors(errors)).isTrue();
            } else {
                assertThat(errors).as(unit).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void swapped_headers(FormFormat format) {
        List<FormError> errors = tampered(format, Tamper.text("B4", "水源地名称").andThen(Tamper.text("C4", "所在地")));
        assertThat(errors).extracting(FormError::cell, FormError::code, FormError::expected, FormError::found)
                .contains(org.assertj.core.groups.Tuple.tuple("B4", FormErrorCode.HEADER_MISMATCH, "所在地", "水源地名称"),
                        org.assertj.core.groups.Tuple.tuple("C4", FormErrorCode.HEADER_MISMATCH, "水源地名称", "所在地"));
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void an_added_column(FormFormat format) {
        assertSingle(tampered(format, Tamper.text("H5", "补充说明")), "H5", FormErrorCode.EXTRA_COLUMN);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void merged_cells_in_the_data_area(FormFormat format) {
        FormError error = assertSingle(tampered(format, s -> s.addMergedRegion(CellRangeAddress.valueOf("B5:C5"))),
                "B5", FormErrorCode.MERGED_CELL);
        assertThat(error.found()).isEqualTo("B5:C5");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_hidden_row(FormFormat format) {
        assertSingle(tampered(format, s -> s.getRow(5).setZeroHeight(true)), "A6", FormErrorCode.HIDDEN_ROW);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_hidden_column(FormFormat format) {
        assertSingle(tampered(format, s -> s.setColumnHidden(6, true)), "G4", FormErrorCode.HIDDEN_COLUMN);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_row_added_above_the_header(FormFormat format) {
        List<FormError> errors = tampered(format, s -> s.shiftRows(0, s.getLastRowNum(), 1));
        assertThat(errors).extracting(FormError::code).contains(FormErrorCode.HEADER_ROW_MOVED);
        assertThat(errors.get(0).cell()).isEqualTo("A5");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_missing_header_row(FormFormat format) {
        List<FormError> errors = tampered(format, s -> s.removeRow(s.getRow(3)));
        assertThat(errors).extracting(FormError::code).containsExactly(FormErrorCode.HEADER_NOT_FOUND);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_serial_that_is_not_an_integer(FormFormat format) {
        // the row cannot be read as serial 4, so serial 4 is also missing
        assertCodes(tampered(format, Tamper.text("A5", "四")), "A5", FormErrorCode.SERIAL_NOT_INTEGER, FormErrorCode.ROW_MISSING);
        assertCodes(tampered(format, Tamper.number("A5", 4.5)), "A5", FormErrorCode.SERIAL_NOT_INTEGER, FormErrorCode.ROW_MISSING);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_serial_typed_as_text_digits_is_accepted(FormFormat format) {
        assertThat(tampered(format, Tamper.text("A5", "4"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_missing_serial(FormFormat format) {
        assertCodes(tampered(format, Tamper.text("A5", " ")), "A5", FormErrorCode.SERIAL_MISSING, FormErrorCode.ROW_MISSING);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_location_not_in_the_xx_city_xx_county_form(FormFormat format) {
        List<FormError> errors = tampered(format, Tamper.text("B5", "江苏省南通市崇川区"));
        assertThat(errors).extracting(FormError::cell, FormError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("B5", FormErrorCode.LOCATION_FORMAT),
                org.assertj.core.groups.Tuple.tuple("B5", FormErrorCode.LOCATION_MISMATCH));
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_well_formed_location_that_differs_from_the_master_list(FormFormat format) {
        FormError error = assertSingle(tampered(format, Tamper.text("B6", "南通市港闸区")), "B6", FormErrorCode.LOCATION_MISMATCH);
        assertThat(error.expected()).isEqualTo("南通市崇川区");
        assertThat(error.message()).contains("问题序号5").contains("南通市港闸区");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void done_must_be_yes_or_no(FormFormat format) {
        FormError error = assertSingle(tampered(format, Tamper.text("F5", "完成")), "F5", FormErrorCode.DONE_NOT_YES_NO);
        assertThat(error.found()).isEqualTo("完成");
        assertSingle(tampered(format, Tamper.text("F6", "")), "F6", FormErrorCode.DONE_NOT_YES_NO);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_serial_not_on_the_master_list(FormFormat format) {
        assertCodes(tampered(format, Tamper.number("A6", 99)), "A6", FormErrorCode.SERIAL_UNKNOWN, FormErrorCode.ROW_MISSING);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_serial_of_another_unit(FormFormat format) {
        // serial 1 is 狼山镇街道's, at the same source and location
        List<FormError> errors = tampered(format, Tamper.number("A5", 1));
        assertCodes(errors, "A5", FormErrorCode.SERIAL_OTHER_UNIT, FormErrorCode.ROW_MISSING);
        assertThat(errors.get(0).found()).isEqualTo("狼山镇街道");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void serials_repeated_or_out_of_order(FormFormat format) {
        assertCodes(tampered(format, Tamper.number("A6", 4)), "A6", FormErrorCode.SERIAL_DUPLICATE, FormErrorCode.ROW_MISSING);
        assertThat(tampered(format, Tamper.number("A5", 5).andThen(Tamper.number("A6", 4))))
                .extracting(FormError::cell, FormError::code)
                .contains(org.assertj.core.groups.Tuple.tuple("A6", FormErrorCode.SERIAL_ORDER));
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_wrong_source_name(FormFormat format) {
        FormError error = assertSingle(tampered(format, Tamper.text("C5", "长江水源地")), "C5", FormErrorCode.SOURCE_NAME_MISMATCH);
        assertThat(error.expected()).isEqualTo("长江崇川段取水口水源地");
        assertThat(error.found()).isEqualTo("长江水源地");
        assertThat(error.rule()).isEqualTo("水源地名称须与附表1一致");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_formula_cell_is_reported_and_not_evaluated(FormFormat format) {
        List<FormError> errors = tampered(format, s -> Tamper.cell(s, "G5").setCellFormula("CONCATENATE(\"已\",\"销号\")"));
        assertThat(errors).extracting(FormError::cell, FormError::code, FormError::found)
                .contains(org.assertj.core.groups.Tuple.tuple("G5", FormErrorCode.FORMULA, "=CONCATENATE(\"已\",\"销号\")"));
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_formula_anywhere_on_the_sheet(FormFormat format) {
        assertSingle(tampered(format, s -> Tamper.cell(s, "A1").setCellFormula("\"附件：\"")), "A1", FormErrorCode.FORMULA);
        assertSingle(tampered(format, s -> Tamper.cell(s, "K40").setCellFormula("1+1")), "K40", FormErrorCode.FORMULA);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void another_sheet_with_content_hidden_or_not(FormFormat format) {
        for (org.apache.poi.ss.usermodel.SheetVisibility visibility : org.apache.poi.ss.usermodel.SheetVisibility.values()) {
            List<FormError> errors = tampered(format, s -> {
                Sheet other = s.getWorkbook().createSheet("底稿");
                other.createRow(2).createCell(1).setCellValue("真实情况：5号问题已反弹");
                s.getWorkbook().setSheetVisibility(1, visibility);
            });
            assertSingle(errors, "底稿!B3", FormErrorCode.OTHER_SHEET);
        }
        assertThat(tampered(format, s -> s.getWorkbook().createSheet("Sheet2").createRow(0).createCell(0))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_changed_title(FormFormat format) {
        assertSingle(tampered(format, Tamper.text("A2", "饮用水水源地环境问题整改情况表")), "A2", FormErrorCode.TITLE_CHANGED);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void an_unknown_filing_unit_is_told_the_names_it_could_be(FormFormat format) {
        FormError error = assertSingle(tampered(format, Tamper.text("A3", "填报单位（盖章）：任港")), "A3", FormErrorCode.UNIT_UNKNOWN);
        assertThat(error.message()).contains("可能是：任港街道");
        assertThat(tampered(format, Tamper.text("A3", "填报单位（盖章）： 任港 街道 "))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void an_unknown_filing_unit_and_a_bad_date(FormFormat format) {
        assertSingle(tampered(format, Tamper.text("A3", "填报单位（盖章）：某某街道")), "A3", FormErrorCode.UNIT_UNKNOWN);
        assertSingle(tampered(format, Tamper.text("E3", "填报时间：十二月十日")), "E3", FormErrorCode.FILLED_ON_FORMAT);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void headers_typed_with_straight_quotes_and_line_breaks_still_match(FormFormat format) {
        assertThat(tampered(format, Tamper.text("E4", "\"回头看\"情况").andThen(Tamper.text("F4", "是否完成\n整治")))).isEmpty();
    }

    @Test
    void errors_serialise_to_json_with_cell_code_rule_expected_found_and_message() {
        String json = LookBackForm.toJson(tampered(FormFormat.XLSX, Tamper.text("C5", "长江水源地")));
        assertThat(json).contains("\"cell\" : \"C5\"", "\"code\" : \"SOURCE_NAME_MISMATCH\"", "\"rule\" : \"水源地名称须与附表1一致\"",
                "\"expected\" : \"长江崇川段取水口水源地\"", "\"found\" : \"长江水源地\"", "\"message\" : \"第5行问题序号4");
    }

    /** The first error is {@code first} at {@code cell}, and the codes are exactly these. */
    private static void assertCodes(List<FormError> errors, String cell, FormErrorCode first, FormErrorCode... rest) {
        List<FormErrorCode> codes = new java.util.ArrayList<>(List.of(first));
        codes.addAll(List.of(rest));
        assertThat(errors).extracting(FormError::code).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(errors).filteredOn(e -> e.code() == first).singleElement()
                .satisfies(e -> assertThat(e.cell()).isEqualTo(cell));
    }

    private static FormError assertSingle(List<FormError> errors, String cell, FormErrorCode code) {
        assertThat(errors).as("errors").singleElement().satisfies(e -> {
            assertThat(e.cell()).isEqualTo(cell);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.message()).isNotBlank();
            assertThat(e.rule()).isEqualTo(code.label());
        });
        return errors.get(0);
    }
}
