package io.github.shuiyuan.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.source.ZoneLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A problem's status as of D, and the deadline in force on D. */
class ProblemTest {

    static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static Problem problem(ProblemStatus status, String rectifiedOn, String closedOn, List<Extension> extensions) {
        return new Problem("PRB-1", 1, "WS-A", ZoneLevel.FIRST, ProblemCategory.SEWAGE_OUTFALL, null, null,
                LocalDate.of(2018, 3, 1), IdentifiedBy.SURVEY, "SD-A", null, LocalDate.of(2018, 6, 30), status,
                day(rectifiedOn), null, null, day(closedOn), extensions, List.of(), null, null);
    }

    static Extension extension(String newDeadline, String approvedOn) {
        return new Extension(day(newDeadline), day(approvedOn), "GOV-OFFICE", "汛期");
    }

    @ParameterizedTest(name = "{0} rectified {1} closed {2}: as of {3} it is {4}")
    @CsvSource(nullValues = "-", value = {
            "CLOSED,     2018-05-01, 2018-06-01, 2018-06-01, CLOSED",
            "CLOSED,     2018-05-01, 2018-06-02, 2018-06-01, RECTIFIED",
            "CLOSED,     2018-06-02, 2018-06-03, 2018-06-01, RECTIFYING",
            "RECTIFIED,  2018-06-01, -,          2018-06-01, RECTIFIED",
            "RECTIFIED,  2018-06-02, -,          2018-06-01, RECTIFYING",
            "RECTIFYING, -,          -,          2018-06-01, RECTIFYING",
            "OPEN,       -,          -,          2018-06-01, OPEN",
            "OPEN,       2018-05-01, -,          2018-06-01, OPEN"})
    void status_as_of_D_counts_close_out_and_rectification_only_once_their_dates_have_come(
            ProblemStatus recorded, String rectifiedOn, String closedOn, String asOf, ProblemStatus expected) {
        assertThat(problem(recorded, rectifiedOn, closedOn, List.of()).statusAsOf(day(asOf))).isEqualTo(expected);
    }

    @Test
    void without_extensions_the_deadline_is_the_original_one() {
        assertThat(problem(ProblemStatus.OPEN, null, null, List.of()).effectiveDeadline(day("2018-12-31")))
                .isEqualTo(day("2018-06-30"));
    }

    @Test
    void an_extension_counts_from_the_day_it_is_approved() {
        Problem p = problem(ProblemStatus.OPEN, null, null, List.of(extension("2018-08-31", "2018-06-20")));
        assertThat(p.effectiveDeadline(day("2018-06-19"))).isEqualTo(day("2018-06-30"));
        assertThat(p.effectiveDeadline(day("2018-06-20"))).isEqualTo(day("2018-08-31"));
    }

    @Test
    void the_latest_approved_extension_wins_whatever_the_list_order_or_the_new_date() {
        Problem p = problem(ProblemStatus.OPEN, null, null, List.of(
                extension("2018-07-31", "2018-07-20"), extension("2018-09-30", "2018-06-20")));
        assertThat(p.effectiveDeadline(day("2018-07-01"))).isEqualTo(day("2018-09-30"));
        assertThat(p.effectiveDeadline(day("2018-07-20"))).isEqualTo(day("2018-07-31"));
    }

    @Test
    void extensions_without_an_approval_date_or_a_new_deadline_do_not_count() {
        Problem p = problem(ProblemStatus.OPEN, null, null, List.of(
                extension("2018-09-30", null), extension(null, "2018-06-20")));
        assertThat(p.effectiveDeadline(day("2018-12-31"))).isEqualTo(day("2018-06-30"));
    }

    @Test
    void measures_and_result_must_both_be_filled_and_blank_counts_as_empty() {
        Problem base = problem(ProblemStatus.RECTIFIED, "2018-05-01", null, List.of());
        assertThat(withText(base, "封堵排口", "已封堵").hasMeasuresAndResult()).isTrue();
        assertThat(withText(base, "封堵排口", "  ").hasMeasuresAndResult()).isFalse();
        assertThat(withText(base, null, "已封堵").hasMeasuresAndResult()).isFalse();
    }

    private static Problem withText(Problem p, String measures, String result) {
        return new Problem(p.id(), p.serialNo(), p.waterSourceId(), p.zoneLevel(), p.category(), p.location(),
                p.description(), p.identifiedOn(), p.identifiedBy(), p.responsibleUnitId(), p.responsiblePersonId(),
                p.deadline(), p.status(), p.rectifiedOn(), measures, result, p.closedOn(), p.extensions(), p.filings(),
                p.progressPercent(), p.remarks());
    }
}
