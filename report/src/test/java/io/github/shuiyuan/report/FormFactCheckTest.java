package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every row's facts against the case file as of D, on 任港街道's November form written on 2018-12-10: row 5 is
 * serial 4 (closed 2018-10-15, held at its 2018-09-20 look-back), row 6 serial 5 (rectified 2018-05-28, found
 * 反弹 at its 2018-08-16 look-back). Each whitewash the issue names is its own test and is refused at its cell;
 * each harmless edit a clerk makes is its own test and passes.
 */
class FormFactCheckTest {

    private static List<FormError> tampered(FormFormat format, Consumer<Sheet> edit) {
        return Forms.checkNovember(Tamper.edit(Forms.december10("SD-RENGANG", format), edit));
    }

    private static FormError only(List<FormError> errors, String cell, FormErrorCode code) {
        assertThat(errors).as("errors").singleElement().satisfies(e -> {
            assertThat(e.cell()).isEqualTo(cell);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.rule()).isEqualTo(code.label());
            assertThat(e.warning()).isEqualTo(code.isWarning());
        });
        return errors.get(0);
    }

    // --- whitewashing: each is refused ---

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void deleting_the_row_of_the_relapsed_problem(FormFormat format) {
        FormError error = only(tampered(format, Tamper.deleteRow(5)), "A6", FormErrorCode.ROW_MISSING);
        assertThat(error.expected()).isEqualTo("问题序号5");
        assertThat(error.message()).contains("问题序号5", "2018年5月28日整改", "2018年8月16日回头看发现反弹");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void rewriting_the_look_back_from_relapsed_to_held(FormFormat format) {
        FormError error = only(tampered(format, Tamper.text("E6", "2018年8月16日，任港街道回头看：未反弹。原封堵排口被私自打开")),
                "E6", FormErrorCode.LOOK_BACK_MISMATCH);
        assertThat(error.expected()).isEqualTo("2018年8月16日回头看：反弹");
        assertThat(error.message()).contains("未反弹");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void saying_no_look_back_was_made_when_one_is_recorded(FormFormat format) {
        only(tampered(format, Tamper.text("E6", "尚未开展回头看")), "E6", FormErrorCode.LOOK_BACK_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void stating_an_older_look_back_as_the_latest(FormFormat format) {
        only(tampered(format, Tamper.text("E5", "2018年9月1日，任港街道回头看：未反弹。")), "E5", FormErrorCode.LOOK_BACK_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void an_outcome_label_that_only_contains_a_label_is_none_of_them(FormFormat format) {
        only(tampered(format, Tamper.text("E6", "2018年8月16日，任港街道回头看：反弹已处理。")), "E6",
                FormErrorCode.LOOK_BACK_MISMATCH);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void flipping_done_from_no_to_yes(FormFormat format) {
        FormError error = only(tampered(format, Tamper.text("F6", "是")), "F6", FormErrorCode.DONE_MISMATCH);
        assertThat(error.expected()).isEqualTo("否");
        assertThat(error.found()).isEqualTo("是");
        assertThat(error.message()).contains("回头看发现反弹");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void claiming_a_close_out_that_is_not_recorded(FormFormat format) {
        FormError error = only(tampered(format, Tamper.text("G6", "已销号（2018年11月1日）")), "G6", FormErrorCode.CLOSE_OUT_CLAIM);
        assertThat(error.expected()).isEqualTo("尚不具备销号条件");
        assertThat(error.found()).isEqualTo("已销号（2018年11月1日）");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void another_close_out_date(FormFormat format) {
        only(tampered(format, Tamper.text("G5", "已销号（2018年10月1日）")), "G5", FormErrorCode.CLOSE_OUT_CLAIM);
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_remark_that_only_mentions_close_out_later_makes_no_claim(FormFormat format) {
        FormError error = only(tampered(format, Tamper.text("G5", "已报请销号（2018年10月15日）")), "G5",
                FormErrorCode.CLOSE_OUT_CLAIM);
        assertThat(error.expected()).isEqualTo("已销号（2018年10月15日）");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void dropping_but_not_eligible_from_an_irregular_close_out(FormFormat format) {
        // 城东街道 row 8: serial 16, closed on 2018-10-30 although found 未整改到位 on 2018-10-17
        byte[] form = Tamper.edit(Forms.december10("SD-CHENGDONG", format), Tamper.text("G8", "已销号（2018年10月30日）"));
        FormError error = only(Forms.checkNovember(form), "G8", FormErrorCode.CLOSE_OUT_CLAIM);
        assertThat(error.expected()).isEqualTo("已销号（2018年10月30日），但不具备销号条件");
        assertThat(error.message()).contains("违规销号", "回头看发现未整改到位");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void changing_the_completion_date(FormFormat format) {
        FormError error = only(tampered(format, Tamper.text("D6",
                "二级保护区内港区生活污水排口1个\n整改措施：封堵排口\n完成时间：2018年9月28日")), "D6",
                FormErrorCode.COMPLETION_DATE_MISMATCH);
        assertThat(error.expected()).isEqualTo("完成时间：2018年5月28日");
        assertThat(error.found()).isEqualTo("完成时间：2018年9月28日");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void leaving_out_the_completion_date(FormFormat format) {
        only(tampered(format, Tamper.text("D6", "二级保护区内港区生活污水排口1个，已封堵")), "D6",
                FormErrorCode.COMPLETION_DATE_MISMATCH);
    }

    @Test
    void forty_thousand_characters_of_noise_in_a_cell() {
        byte[] form = Tamper.edit(Forms.december10("SD-RENGANG", FormFormat.XLSX), Tamper.text("D6", "NOISE-PLACEHOLDER"));
        java.util.Random random = new java.util.Random(40_000);
        StringBuilder noise = new StringBuilder();
        while (noise.length() < 40_000) {
            noise.appendCodePoint(0x4E00 + random.nextInt(0x5000));   // random Chinese characters: no zip bomb
        }
        byte[] noisy = Tamper.replaceInXlsx(form, "NOISE-PLACEHOLDER", noise.toString());
        assertThat(Forms.checkNovember(noisy)).extracting(FormError::cell, FormError::code, FormError::found)
                .containsExactly(Tuple.tuple("D6", FormErrorCode.TEXT_TOO_LONG, "40000个字符"),
                        Tuple.tuple("D6", FormErrorCode.COMPLETION_DATE_MISMATCH, "（未写完成时间）"));
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void listing_a_problem_that_is_not_rectified(FormFormat format) {
        // serial 8 is 任港街道's, still open: a row for it is inserted under serial 5
        List<FormError> errors = tampered(format, sheet -> {
            sheet.shiftRows(6, sheet.getLastRowNum(), 1);
            Tamper.number("A7", 8).accept(sheet);
            for (String[] cell : new String[][] {{"B7", "南通市崇川区"}, {"C7", "长江崇川段取水口水源地"}, {"D7", "完成时间：2018年11月1日"},
                    {"E7", "尚未开展回头看"}, {"F7", "是"}, {"G7", "可销号"}}) {
                Tamper.text(cell[0], cell[1]).accept(sheet);
            }
        });
        FormError error = only(errors, "A7", FormErrorCode.ROW_UNEXPECTED);
        assertThat(error.message()).contains("问题序号8", "尚未整改");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void listing_a_problem_twice(FormFormat format) {
        assertThat(tampered(format, Tamper.number("A6", 4))).extracting(FormError::cell, FormError::code)
                .containsExactly(Tuple.tuple("A6", FormErrorCode.SERIAL_DUPLICATE), Tuple.tuple("A7", FormErrorCode.ROW_MISSING));
    }

    @Test
    void backdating_the_form_to_august_to_predate_the_relapse() {
        // written as of 2018-08-15, the day before the relapse was found, and handed in as the November report
        byte[] form = Forms.written(CaseFiles.sample(), "SD-RENGANG", LocalDate.of(2018, 8, 15), FormFormat.XLSX);
        List<FormError> errors = Forms.checkNovember(form);
        // refused for its date; and compared as of the recorded November submission (2018-11-20), the relapse shows
        assertThat(errors).extracting(FormError::cell, FormError::code).containsExactly(
                Tuple.tuple("E3", FormErrorCode.FILLED_ON_OUTSIDE_PERIOD),
                Tuple.tuple("A5", FormErrorCode.ROW_MISSING),
                Tuple.tuple("E5", FormErrorCode.LOOK_BACK_MISMATCH),
                Tuple.tuple("F5", FormErrorCode.DONE_MISMATCH));
        assertThat(errors.get(0).expected()).isEqualTo("2018年11月1日至2018年12月31日");
        assertThat(errors.get(0).found()).isEqualTo("2018年8月15日");
    }

    @Test
    void dating_the_form_a_day_before_the_relapse_does_not_hide_it() {
        // the August report, dated 2018-08-15 as of that day, but recorded as handed in on 2018-08-20: D is 08-20
        byte[] form = Forms.written(CaseFiles.sample(), "SD-RENGANG", LocalDate.of(2018, 8, 15), FormFormat.XLSX);
        List<FormError> errors = Forms.check(form, CaseFiles.sample(), YearMonth.of(2018, 8));
        // serial 4, rectified on 2018-08-20, is due too; serial 5's look-back and 是否完成整治 must show the relapse
        assertThat(errors).extracting(FormError::cell, FormError::code).containsExactly(
                Tuple.tuple("A5", FormErrorCode.ROW_MISSING),
                Tuple.tuple("E5", FormErrorCode.LOOK_BACK_MISMATCH),
                Tuple.tuple("F5", FormErrorCode.DONE_MISMATCH));
        assertThat(errors.get(1).message()).contains("2018年8月16日回头看：反弹");
    }

    @Test
    void a_form_dated_in_the_period_with_no_recorded_submission_is_compared_as_of_its_date() {
        CaseFile noReports = CaseFiles.sampleDraft().withoutMonthlyReports().build();
        byte[] form = Forms.written(noReports, "SD-RENGANG", LocalDate.of(2018, 8, 15), FormFormat.XLSX);
        assertThat(Forms.check(form, noReports, YearMonth.of(2018, 8))).isEmpty();
    }

    // --- what a clerk may do: each passes ---

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_newer_look_back_than_any_recorded_is_a_warning_to_record_it(FormFormat format) {
        FormError warning = only(tampered(format, Tamper.text("E5", "2018年11月25日，任港街道回头看：未反弹。码头设施未恢复")),
                "E5", FormErrorCode.LOOK_BACK_NOT_RECORDED);
        assertThat(warning.warning()).isTrue();
        assertThat(warning.message()).contains("2018年11月25日回头看：未反弹", "录入");
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void added_remarks_after_the_facts(FormFormat format) {
        assertThat(tampered(format, Tamper.text("G5", "已销号（2018年10月15日）。已报区环保局备案")
                .andThen(Tamper.text("D5", "码头已取缔\n完成时间：2018年8月20日（经街道复核）"))
                .andThen(Tamper.text("E5", "2018年9月20日，任港街道回头看：未反弹。码头设施未恢复，岸线复绿良好"))
                .andThen(Tamper.text("G6", "尚不具备销号条件：回头看发现反弹。暂不可销号，已责令重新封堵")))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void white_space_and_half_width_punctuation(FormFormat format) {
        assertThat(tampered(format, Tamper.text("G5", " 已销号 (2018年10月15日) ")
                .andThen(Tamper.text("E6", "2018年8月16日, 任港街道 回头看: 反弹."))
                .andThen(Tamper.text("D6", "完成时间:2018.5.28"))
                .andThen(Tamper.text("C5", "长江崇川段取水口 水源地")))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void wider_columns(FormFormat format) {
        assertThat(tampered(format, sheet -> {
            for (int c = 0; c < 7; c++) {
                sheet.setColumnWidth(c, sheet.getColumnWidth(c) + 10 * 256);
            }
        })).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void the_case_files_bad_location_copied_or_corrected_passes_with_a_warning(FormFormat format) {
        byte[] form = Forms.december10("SD-LANGSHAN", format);
        for (String location : List.of("南通市崇川区狼山镇街道", "南通市崇川区")) {
            FormError warning = only(Forms.checkNovember(Tamper.edit(form, Tamper.text("B9", location))), "B9",
                    FormErrorCode.CASE_FILE_LOCATION_FORMAT);
            assertThat(warning.message()).contains("请区里更正案卷");
        }
        assertThat(Forms.checkNovember(Tamper.edit(form, Tamper.text("B9", "南通市港闸区"))))
                .extracting(FormError::code).containsExactly(FormErrorCode.LOCATION_MISMATCH,
                        FormErrorCode.CASE_FILE_LOCATION_FORMAT);
    }
}
