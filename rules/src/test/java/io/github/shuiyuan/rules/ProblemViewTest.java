package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assessment's per-problem view on the bundled sample: a relapse wins over any recorded status, a closed
 * problem found never fixed is a 违规销号, and the view agrees with the close-out list and the findings.
 */
class ProblemViewTest {

    private static CaseFile sample;

    @BeforeAll
    static void read() throws Exception {
        sample = CaseFiles.sample();
    }

    private static ProblemView view(String id, LocalDate asOf) throws Exception {
        return OverlayEngines.build(null).assess(sample, asOf).problem(id).orElseThrow();
    }

    @Test
    void a_recurred_look_back_makes_a_rectified_problem_relapsed_from_that_day_on() throws Exception {
        ProblemView before = view("PRB-005", LocalDate.of(2018, 8, 15));
        assertThat(before.status()).isEqualTo(ProblemStatus.RECTIFIED);
        assertThat(before.progress()).isEqualTo(ProblemProgress.DONE);
        assertThat(before.done()).isTrue();
        assertThat(before.latestLookBack()).isNull();

        ProblemView on = view("PRB-005", LocalDate.of(2018, 8, 16));
        assertThat(on.status()).isEqualTo(ProblemStatus.RECTIFIED);
        assertThat(on.progress()).isEqualTo(ProblemProgress.RECURRED);
        assertThat(on.done()).isFalse();
        assertThat(on.unresolved()).isTrue();
        assertThat(on.latestLookBack().outcome()).isEqualTo(LookBackOutcome.RECURRED);
        assertThat(on.latestLookBack().date()).isEqualTo(LocalDate.of(2018, 8, 16));
        assertThat(on.closeOutEligible()).isFalse();
        assertThat(on.unmetInWords()).contains("回头看发现反弹");
    }

    @Test
    void a_closed_problem_found_not_rectified_is_an_irregular_close_out() throws Exception {
        ProblemView v = view("PRB-016", LocalDate.of(2018, 12, 10));
        assertThat(v.status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(v.progress()).isEqualTo(ProblemProgress.NOT_RECTIFIED);
        assertThat(v.irregularlyClosed()).isTrue();
        assertThat(v.closedOn()).isNotNull();
        assertThat(v.unmetInWords()).contains("回头看发现未整改到位");
    }

    @Test
    void a_problem_not_yet_rectified_on_D_has_no_close_out_verdict_and_no_rectification_date() throws Exception {
        ProblemView v = view("PRB-005", LocalDate.of(2018, 5, 27));
        assertThat(v.status()).isEqualTo(ProblemStatus.RECTIFYING);
        assertThat(v.rectifiedOn()).isNull();
        assertThat(v.closeOut()).isNull();
        assertThat(view("PRB-005", LocalDate.of(2018, 5, 28)).rectifiedOn()).isEqualTo(LocalDate.of(2018, 5, 28));
    }

    @Test
    void the_view_agrees_with_the_close_out_list_and_the_overdue_findings() throws Exception {
        for (LocalDate d : new LocalDate[] {LocalDate.of(2018, 7, 1), LocalDate.of(2018, 10, 20), LocalDate.of(2018, 12, 10)}) {
            Assessment a = OverlayEngines.build(null).assess(sample, d);
            assertThat(a.problems()).extracting(ProblemView::problemId).isSorted().doesNotHaveDuplicates();
            for (ProblemView v : a.problems()) {
                if (v.closeOut() != null) {
                    assertThat(a.closeOut()).as("%s as of %s", v.problemId(), d).contains(v.closeOut());
                }
                boolean prb01 = a.findings("PRB-01").stream().anyMatch(f -> f.subjectId().equals(v.problemId()));
                assertThat(v.overdue()).as("%s overdue as of %s", v.problemId(), d).isEqualTo(prb01);
                assertThat(v.done()).isEqualTo(v.rectified() && !v.unresolved());
            }
        }
    }
}
