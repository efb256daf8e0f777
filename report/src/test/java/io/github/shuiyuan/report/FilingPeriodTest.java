package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The form's 填报时间: every spelling a clerk uses is read, the date must lie in the period or the month after,
 * and an impossible date is refused.
 */
class FilingPeriodTest {

    private static List<FormError> withDate(FormFormat format, String text) {
        return Forms.checkNovember(Tamper.edit(Forms.december10("SD-RENGANG", format), Tamper.text("E3", text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"填报时间：2018年12月10日", "填报时间：2018年12月10号", "填报时间：2018-12-10", "填报时间：2018/12/10",
            "填报时间：2018.12.10", "填报时间：2018.12.1", "填报时间: 2018 年 12 月 1 日", "填报时间：２０１８．１２．１０"})
    void every_spelling_of_a_date_a_clerk_uses_is_read(String text) {
        assertThat(withDate(FormFormat.XLSX, text)).isEmpty();
        assertThat(withDate(FormFormat.XLS, text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormFormat.class)
    void a_real_date_cell(FormFormat format) {
        for (String pattern : List.of("yyyy-mm-dd", "\"填报时间：\"yyyy\"年\"m\"月\"d\"日\"")) {
            List<FormError> errors = Forms.checkNovember(Tamper.edit(Forms.december10("SD-RENGANG", format), sheet -> {
                Cell cell = Tamper.cell(sheet, "E3");
                cell.setBlank();
                cell.setCellValue(LocalDate.of(2018, 12, 10));
                CellStyle style = sheet.getWorkbook().createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(pattern));
                cell.setCellStyle(style);
            }));
            assertThat(errors).as(pattern).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"填报时间：2018年11月1日", "填报时间：2018年12月31日"})
    void the_first_day_of_the_period_and_the_last_day_of_the_month_after_are_in(String text) {
        assertThat(withDate(FormFormat.XLSX, text)).extracting(FormError::code)
                .doesNotContain(FormErrorCode.FILLED_ON_OUTSIDE_PERIOD, FormErrorCode.FILLED_ON_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"填报时间：2018年10月31日", "填报时间：2019年1月1日", "填报时间：2018年8月15日"})
    void a_day_before_the_period_or_two_months_after_is_out(String text) {
        assertThat(withDate(FormFormat.XLSX, text)).extracting(FormError::cell, FormError::code)
                .contains(org.assertj.core.groups.Tuple.tuple("E3", FormErrorCode.FILLED_ON_OUTSIDE_PERIOD));
    }

    @Test
    void an_impossible_date_is_refused() {
        assertThat(withDate(FormFormat.XLSX, "填报时间：2018年11月31日")).extracting(FormError::code)
                .containsExactly(FormErrorCode.FILLED_ON_OUTSIDE_PERIOD);
    }

    @Test
    void a_missing_date_is_refused_and_the_rows_are_compared_as_of_the_recorded_submission() {
        // 任港街道's November report is recorded as handed in on 2018-11-20: the rows are the same on that day
        assertThat(withDate(FormFormat.XLSX, "填报时间：")).extracting(FormError::cell, FormError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E3", FormErrorCode.FILLED_ON_FORMAT));
    }

    @Test
    void the_label_must_stay() {
        assertThat(withDate(FormFormat.XLSX, "2018-12-10")).extracting(FormError::code)
                .containsExactly(FormErrorCode.TITLE_CHANGED);
        assertThat(withDate(FormFormat.XLSX, "日期：2018年12月10日")).extracting(FormError::code)
                .contains(FormErrorCode.TITLE_CHANGED);
    }

    @Test
    void a_form_for_another_period_is_checked_for_that_period() {
        byte[] october = Forms.written(CaseFiles.sample(), "SD-RENGANG", LocalDate.of(2018, 10, 20), FormFormat.XLSX);
        assertThat(Forms.check(october, CaseFiles.sample(), YearMonth.of(2018, 10))).isEmpty();
        assertThat(Forms.check(october, CaseFiles.sample(), YearMonth.of(2018, 12))).extracting(FormError::code)
                .contains(FormErrorCode.FILLED_ON_OUTSIDE_PERIOD);
    }
}
