package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which problems a unit's form lists as of a date, and what each column says. */
class LookBackSheetContentTest {

    private static List<LookBackRow> rows(String unitId, LocalDate asOf, CloseOutStatus... closeOut) {
        List<LookBackRow> rows = new ArrayList<>();
        LookBackForm.sheet(CaseFiles.sample(), Fixtures.assessment(CaseFiles.sample(), asOf, closeOut), unitId, null).rows().forEach(rows::add);
        return rows;
    }

    @Test
    void lists_the_units_rectified_and_closed_problems_in_serial_order() {
        assertThat(rows("SD-LANGSHAN", Fixtures.DEC_10)).extracting(LookBackRow::serialNo).containsExactly(1, 2, 3, 7, 9, 10);
        assertThat(rows("SD-RENGANG", Fixtures.DEC_10)).extracting(LookBackRow::serialNo).containsExactly(4, 5);
    }

    @Test
    void a_problem_appears_on_the_day_it_is_rectified_not_before() {
        assertThat(rows("SD-RENGANG", LocalDate.of(2018, 5, 27))).isEmpty();
        assertThat(rows("SD-RENGANG", LocalDate.of(2018, 5, 28))).extracting(LookBackRow::serialNo).containsExactly(5);
    }

    @Test
    void the_remark_says_closed_from_the_closing_day_and_the_close_out_status_before() {
        CloseOutStatus eligible = new CloseOutStatus("PRB-004", true, List.of());
        assertThat(rows("SD-RENGANG", LocalDate.of(2018, 10, 14), eligible).get(0).remark()).isEqualTo("可销号");
        assertThat(rows("SD-RENGANG", LocalDate.of(2018, 10, 15), eligible).get(0).remark()).isEqualTo("已销号（2018年10月15日）");
        CloseOutStatus blocked = new CloseOutStatus("PRB-004", false, List.of("CLO-03", "CLO-05"));
        assertThat(rows("SD-RENGANG", LocalDate.of(2018, 10, 14), blocked).get(0).remark())
                .isEqualTo("尚不具备销号条件：缺少整治后照片、未列入整改方案");
    }

    @Test
    void a_recurred_problem_is_not_done_and_the_latest_look_back_is_quoted() {
        LookBackRow beforeLookBack = rows("SD-RENGANG", LocalDate.of(2018, 8, 15)).get(0);
        assertThat(beforeLookBack.lookBack()).isEqualTo("尚未开展回头看");
        assertThat(beforeLookBack.done()).isTrue();
        LookBackRow recurred = rows("SD-RENGANG", LocalDate.of(2018, 8, 16)).get(0);
        assertThat(recurred.lookBack()).isEqualTo("2018年8月16日，任港街道回头看：反弹。原封堵排口被私自打开，雨后有生活污水溢流入江");
        assertThat(recurred.done()).isFalse();
    }

    @Test
    void the_rectification_column_tells_problem_measures_result_and_date() {
        LookBackRow row = rows("SD-RENGANG", Fixtures.DEC_10).get(1);
        assertThat(row.rectification()).isEqualTo("二级保护区内港区生活污水排口1个\n整改措施：封堵排口，污水接入港区污水管网\n"
                + "整改成效：排口已封堵，污水纳管\n完成时间：2018年5月28日");
        assertThat(row.sourceName()).isEqualTo("长江崇川段取水口水源地");
        assertThat(row.location()).isEqualTo("南通市崇川区");
    }

    @Test
    void the_signature_comes_from_the_person_or_stays_blank() {
        LookBackSheet signed = LookBackForm.sheet(CaseFiles.sample(), Fixtures.assessment(CaseFiles.sample(), Fixtures.DEC_10), "SD-RENGANG", "PER-002");
        assertThat(signed.filledBy()).isEqualTo("李某");
        assertThat(signed.contact()).isEqualTo("0513-8550xx02");
        assertThat(signed.filledOn()).isEqualTo(Fixtures.DEC_10);
        LookBackSheet blank = LookBackForm.sheet(CaseFiles.sample(), Fixtures.assessment(CaseFiles.sample(), Fixtures.DEC_10), "SD-RENGANG", null);
        assertThat(blank.filledBy()).isNull();
    }

    @Test
    void an_unknown_unit_or_person_is_refused() {
        assertThatThrownBy(() -> LookBackForm.sheet(CaseFiles.sample(), Fixtures.assessment(CaseFiles.sample(), Fixtures.DEC_10), "SD-NOWHERE", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SD-NOWHERE");
        assertThatThrownBy(() -> LookBackForm.sheet(CaseFiles.sample(), Fixtures.assessment(CaseFiles.sample(), Fixtures.DEC_10), "SD-RENGANG", "PER-999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PER-999");
    }
}
