package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.core.problem.Filing;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.rules.fact.LookBack;
import io.github.shuiyuan.rules.fact.ProblemState;
import io.github.shuiyuan.rules.fact.ProblemWords;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link ProblemState} as of D, one concern at a time: its status and look-backs, its deadlines, its rectification
 * and the look-backs since, its close-out as recorded, and how messages word it.
 */
class ProblemStateTest {

    static final LocalDate D = LocalDate.of(2018, 8, 1);

    private static ProblemState state(UnaryOperator<Problem.Builder> fields, LocalDate asOf, LookBack... lookBacks) {
        CaseFile view = CaseFiles.healthy().problem("PRB-1", 1, fields).build().asOf(asOf);
        return new ProblemState(view.problems().get(0), asOf, List.of(lookBacks), false);
    }

    private static LookBack lookBack(String on, LookBackOutcome outcome) {
        return new LookBack("INS-" + on, "PRB-1", LocalDate.parse(on), outcome, "SD-A", null);
    }

    private static Extension extension(String approvedOn, String newDeadline) {
        return new Extension(LocalDate.parse(newDeadline), LocalDate.parse(approvedOn), "GOV-OFFICE", null);
    }

    // status and look-backs

    @Test
    void a_rectification_recorded_for_after_d_has_not_happened() {
        ProblemState p = state(f -> f.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-08-02")), D);
        assertThat(p.recordedStatus()).isEqualTo(ProblemStatus.RECTIFIED);
        assertThat(p.isRectified()).isFalse();
        assertThat(p.isUnresolved()).isTrue();
        assertThat(p.rectification().date()).isNull();
        ProblemState onD = state(f -> f.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-08-01")), D);
        assertThat(onD.isRectified()).isTrue();
        assertThat(onD.isUnresolved()).isFalse();
        assertThat(onD.rectification().date()).isEqualTo(D);
    }

    @Test
    void a_failed_latest_look_back_leaves_a_rectified_problem_unresolved_and_the_worse_outcome_wins_a_day() {
        UnaryOperator<Problem.Builder> rectified = f -> f.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-06-01"));
        ProblemState p = state(rectified, D, lookBack("2018-07-01", LookBackOutcome.HELD), lookBack("2018-07-20", LookBackOutcome.RECURRED));
        assertThat(p.isLatestLookBackFailed()).isTrue();
        assertThat(p.isUnresolved()).isTrue();
        ProblemState sameDay = state(rectified, D, lookBack("2018-07-20", LookBackOutcome.HELD),
                new LookBack("INS-X", "PRB-1", LocalDate.parse("2018-07-20"), LookBackOutcome.NOT_RECTIFIED, "SD-A", null));
        assertThat(sameDay.latestLookBack().orElseThrow().outcome()).isEqualTo(LookBackOutcome.NOT_RECTIFIED);
        ProblemState held = state(rectified, D, lookBack("2018-07-01", LookBackOutcome.RECURRED), lookBack("2018-07-20", LookBackOutcome.HELD));
        assertThat(held.isUnresolved()).isFalse();
    }

    // 整改期限

    @Test
    void the_deadline_before_an_extension_is_the_one_the_earlier_extensions_left() {
        ProblemState p = state(f -> f.deadline(date("2018-06-30"))
                .extensions(List.of(new Extension(date("2018-07-15"), date("2018-06-20"), null, null), new Extension(date("2018-08-31"), date("2018-07-16"), null, null))), D);
        assertThat(p.deadlines().before(extension("2018-06-20", "2018-07-15"))).isEqualTo("2018-06-30");
        assertThat(p.deadlines().before(extension("2018-07-16", "2018-08-31"))).isEqualTo("2018-07-15");
        assertThat(p.deadlines().lateExtensions()).extracting(Extension::approvedOn)
                .containsExactly(LocalDate.of(2018, 7, 16));
        assertThat(p.deadlines().effective()).isEqualTo("2018-08-31");
        assertThat(p.deadlines().isOverdue()).isFalse();
    }

    @Test
    void overdue_is_strictly_after_the_deadline_and_unknown_without_one() {
        assertThat(state(f -> f.deadline(date("2018-07-31")), D).deadlines().isOverdue()).isTrue();
        assertThat(state(f -> f.deadline(date("2018-08-01")), D).deadlines().isOverdue()).isFalse();
        assertThat(state(f -> f.deadline(date("2018-08-01")), D).deadlines().overdueGap()).isNull();
        assertThat(state(f -> f.deadline(null), D).deadlines().overdueGap()).isEqualTo("deadline");
        assertThat(state(f -> f.deadline(date("2018-07-31"))
                .extensions(List.of(new Extension(null, date("2018-07-01"), null, null))), D).deadlines().overdueGap())
                .isEqualTo("extensions[].newDeadline");
    }

    @Test
    void an_extension_without_approval_date_keeps_lateness_unjudged() {
        assertThat(state(f -> f.deadline(date("2018-06-30"))
                .extensions(List.of(new Extension(date("2018-07-15"), null, null, null))), D).deadlines()
                .lateExtensionGap())
                .isEqualTo("extensions[].approvedOn");
        assertThat(state(f -> f.deadline(date("2018-06-30"))
                .extensions(List.of(new Extension(date("2018-07-15"), date("2018-06-30"), null, null))), D)
                .deadlines().lateExtensions()).isEmpty();
    }

    // the rectification and the look-backs since (CLO-04, PRB-03)

    @Test
    void only_a_look_back_from_the_rectification_day_on_counts_for_close_out() {
        UnaryOperator<Problem.Builder> rectified = f -> f.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-06-01"));
        ProblemState before = state(rectified, D, lookBack("2018-05-31", LookBackOutcome.HELD));
        assertThat(before.rectification().isLookedBack()).isFalse();
        assertThat(before.rectification().isHeld()).isFalse();
        assertThat(before.rectification().outcome()).isNull();
        ProblemState onTheDay = state(rectified, D, lookBack("2018-06-01", LookBackOutcome.HELD));
        assertThat(onTheDay.rectification().isLookedBack()).isTrue();
        assertThat(onTheDay.rectification().isHeld()).isTrue();
        ProblemState recurred = state(rectified, D, lookBack("2018-06-01", LookBackOutcome.HELD), lookBack("2018-07-01", LookBackOutcome.RECURRED));
        assertThat(recurred.rectification().isHeld()).isFalse();
        assertThat(recurred.rectification().outcome()).isEqualTo(LookBackOutcome.RECURRED);
    }

    // the close-out as recorded (ACC-03, CLO-11)

    @Test
    void a_close_out_over_a_failed_look_back_counts_only_for_the_look_back_before_it() {
        UnaryOperator<Problem.Builder> closed = f -> f.status(ProblemStatus.CLOSED).rectifiedOn(date("2018-06-01"))
                .closedOn(date("2018-07-10"));
        assertThat(state(closed, D, lookBack("2018-07-10", LookBackOutcome.RECURRED)).closeOut().isOverFailedLookBack())
                .isTrue();
        assertThat(state(closed, D, lookBack("2018-07-11", LookBackOutcome.RECURRED)).closeOut().isOverFailedLookBack())
                .isFalse();
        assertThat(state(closed, D, lookBack("2018-07-09", LookBackOutcome.HELD)).closeOut().isOverFailedLookBack())
                .isFalse();
        ProblemState closedAfterD = state(f -> f.status(ProblemStatus.CLOSED).rectifiedOn(date("2018-06-01"))
                .closedOn(date("2018-08-02")), D,
                lookBack("2018-07-10", LookBackOutcome.RECURRED));
        assertThat(closedAfterD.closeOut().isOverFailedLookBack()).isFalse();
        assertThat(closedAfterD.closeOut().date()).isNull();
    }

    @Test
    void filings_count_from_the_close_out_day_and_undated_ones_are_told_apart() {
        ProblemState p = state(f -> f.status(ProblemStatus.CLOSED).rectifiedOn(date("2018-06-01"))
                .closedOn(date("2018-06-10"))
                .filings(List.of(new Filing("DEPT-EPB", date("2018-06-10")), new Filing("DEPT-HOUSING", date("2018-06-09")), new Filing("GOV-OFFICE", null))), D);
        List<String> units = List.of("DEPT-EPB", "DEPT-HOUSING", "GOV-OFFICE", "SD-B");
        assertThat(p.closeOut().unitsNotFiledWith(units)).containsExactly("DEPT-HOUSING", "SD-B");
        assertThat(p.closeOut().unitsWithUndatedFiling(units)).containsExactly("GOV-OFFICE");
        assertThat(p.closeOut().date()).isEqualTo("2018-06-10");
    }

    // words

    @Test
    void words_name_the_problem_by_serial_and_say_a_failed_look_back() {
        ProblemState p = state(f -> f.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-06-01")).description("排污口"), D,
                lookBack("2018-07-01", LookBackOutcome.RECURRED));
        assertThat(ProblemWords.describe(p)).isEqualTo("问题序号1（排污口）");
        assertThat(ProblemWords.standing(p)).isEqualTo("已整改（回头看：反弹）");
        ProblemState held = state(f -> f.status(ProblemStatus.RECTIFIED)
                .rectifiedOn(date("2018-06-01")), D, lookBack("2018-07-01", LookBackOutcome.HELD));
        assertThat(ProblemWords.standing(held)).isEqualTo("已整改");
    }

    @Test
    void blank_records_name_the_form_texts_left_blank() {
        assertThat(ProblemWords.blankRecords(state(f -> f.measures(" ").result(null), D).problem()))
                .isEqualTo("整治措施、取得的成效");
        assertThat(ProblemWords.blankRecords(state(f -> f.measures("清理").result(null), D).problem())).isEqualTo("取得的成效");
        assertThat(ProblemWords.blankRecords(state(f -> f.measures("清理").result("已清理"), D).problem())).isEmpty();
    }

    @Test
    void serials_are_listed_in_order() {
        CaseFile view = CaseFiles.healthy().problem("PRB-3", 3).problem("PRB-1", 1).build();
        List<ProblemState> states = view.problems().stream().map(p -> new ProblemState(p, D, List.of(), false)).toList();
        assertThat(ProblemWords.serials(states)).isEqualTo("问题序号1、3");
    }
}
