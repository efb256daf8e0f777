package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** 整改: PRB-01 … PRB-06 and their missing-data companions. */
class ProblemRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);
    /** The base campaign's rectification deadline. */
    static final LocalDate CAMPAIGN_DEADLINE = LocalDate.of(2018, 11, 30);

    private static CaseDraft open(UnaryOperator<Problem.Builder> fields) {
        return CaseFiles.healthy().problem("PRB-1", 1, fields);
    }

    private static CaseDraft rectified(String rectifiedOn) {
        return open(p -> p.status(ProblemStatus.RECTIFIED).rectifiedOn(date(rectifiedOn)).measures("封堵排口").result("排口已封堵"));
    }

    @Test
    void prb01_fires_the_day_after_the_deadline_and_not_on_it() {
        Verify.rule("PRB-01").given(open(p -> p.deadline(date("2018-06-24")))).asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "问题序号1", "2018-06-24", "未整改");
        Verify.rule("PRB-01").given(open(p -> p.deadline(date("2018-06-25")))).asOf(D).doesNotFire();
    }

    @Test
    void prb01_stays_quiet_for_a_problem_rectified_by_D_and_fires_again_when_it_recurred() {
        CaseDraft rectifiedLate = rectified("2018-06-20").changeProblem("PRB-1", p -> p.deadline(date("2018-06-10")));
        Verify.rule("PRB-01").given(rectifiedLate).asOf(D).doesNotFire();
        Verify.rule("PRB-01").given(rectifiedLate.lookBack("INS-1", date("2018-06-22"), "PRB-1", LookBackOutcome.RECURRED))
                .asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "反弹");
    }

    @Test
    void prb01_reads_the_deadline_of_the_latest_extension_approved_by_D() {
        Function<String, CaseDraft> extended = approvedOn -> open(p -> p.deadline(date("2018-06-10"))
                .extensions(List.of(new Extension(date("2018-07-31"), date(approvedOn), "GOV-OFFICE", "拆迁协商"))));
        Verify.rule("PRB-01").given(extended.apply("2018-06-01")).asOf(D).doesNotFire();
        Verify.rule("PRB-01").given(extended.apply("2018-06-26")).asOf(D).firesExactlyFor("PRB-1");
    }

    @Test
    void prb01_without_deadline_is_missing_data() {
        CaseDraft noDeadline = open(p -> p.deadline(null));
        Verify.rule("PRB-01").given(noDeadline).asOf(D).doesNotFire();
        Verify.missingData("PRB-01").given(noDeadline).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "deadline");
        Verify.missingData("PRB-01").given(open(p -> p)).asOf(D).doesNotFire();
    }

    @Test
    void prb01_a_passed_deadline_with_an_undated_extension_is_missing_data() {
        Function<String, CaseDraft> undated = deadline -> open(p -> p.deadline(date(deadline))
                .extensions(List.of(new Extension(date("2018-07-31"), null, "GOV-OFFICE", null))));
        CaseDraft passed = undated.apply("2018-06-24");
        Verify.rule("PRB-01").given(passed).asOf(D).doesNotFire();
        Verify.missingData("PRB-01").given(passed).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "extensions[].approvedOn");
        Verify.missingData("PRB-01").given(undated.apply("2018-06-25")).asOf(D).doesNotFire();
    }

    @Test
    void prb02_fires_the_day_after_the_campaign_deadline_for_unresolved_problems_only() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        Verify.rule("PRB-02").given(open(p -> p)).asOf(after)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "2018-11-30", "未整改");
        Verify.rule("PRB-02").given(open(p -> p)).asOf(CAMPAIGN_DEADLINE).doesNotFire();
        Verify.rule("PRB-02").given(rectified("2018-10-01")).asOf(after).doesNotFire();
    }

    @Test
    void prb02_a_rectification_dated_after_D_leaves_the_problem_unresolved() {
        Verify.rule("PRB-02").given(rectified("2018-12-02")).asOf(CAMPAIGN_DEADLINE.plusDays(1)).firesExactlyFor("PRB-1");
    }

    @Test
    void prb02_is_silent_without_campaign_and_says_missing_data_without_its_deadline() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        Verify.rule("PRB-02").given(open(p -> p).withoutCampaign()).asOf(after).doesNotFire();
        Verify.missingData("PRB-02").given(open(p -> p).withoutCampaign()).asOf(after).doesNotFire();
        CaseDraft noDeadline = open(p -> p).campaign(c -> c.rectificationDeadline(null));
        Verify.rule("PRB-02").given(noDeadline).asOf(after).doesNotFire();
        Verify.missingData("PRB-02").given(noDeadline).asOf(after).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "rectificationDeadline");
        Verify.missingData("PRB-02").given(rectified("2018-10-01").campaign(c -> c.rectificationDeadline(null)))
                .asOf(after).doesNotFire();
    }

    @Test
    void prb03_fires_after_the_campaign_deadline_for_a_rectified_problem_never_looked_back_on() {
        Verify.rule("PRB-03").given(rectified("2018-10-01")).asOf(CAMPAIGN_DEADLINE.plusDays(1))
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "2018-10-01", "回头看");
        Verify.rule("PRB-03").given(rectified("2018-10-01")).asOf(CAMPAIGN_DEADLINE).doesNotFire();
    }

    @Test
    void prb03_a_look_back_on_the_rectification_day_covers_it_and_the_day_before_does_not() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        Verify.rule("PRB-03").given(rectified("2018-10-01")
                .lookBack("INS-1", date("2018-10-01"), "PRB-1", LookBackOutcome.HELD))
                .asOf(after).doesNotFire();
        Verify.rule("PRB-03").given(rectified("2018-10-01")
                .lookBack("INS-1", date("2018-09-30"), "PRB-1", LookBackOutcome.HELD))
                .asOf(after).firesExactlyFor("PRB-1");
    }

    @Test
    void prb03_reads_the_status_as_of_D_and_is_silent_without_campaign() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        Verify.rule("PRB-03").given(rectified("2018-12-02")).asOf(after).doesNotFire();
        Verify.rule("PRB-03").given(rectified("2018-10-01").withoutCampaign()).asOf(after).doesNotFire();
    }

    @Test
    void prb03_campaign_without_deadline_is_missing_data() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        CaseDraft noDeadline = rectified("2018-10-01").campaign(c -> c.rectificationDeadline(null));
        Verify.rule("PRB-03").given(noDeadline).asOf(after).doesNotFire();
        Verify.missingData("PRB-03").given(noDeadline).asOf(after).firesExactlyFor("PRB-1");
        Verify.missingData("PRB-03").given(noDeadline.lookBack("INS-1", date("2018-10-01"), "PRB-1", LookBackOutcome.HELD))
                .asOf(after).doesNotFire();
    }

    @Test
    void prb04_fires_when_the_latest_look_back_found_it_back_and_not_when_it_held() {
        Verify.rule("PRB-04").given(rectified("2018-05-01")
                .lookBack("INS-1", date("2018-06-01"), "PRB-1", LookBackOutcome.RECURRED))
                .asOf(D).firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "2018-06-01", "反弹");
        Verify.rule("PRB-04").given(rectified("2018-05-01")
                .lookBack("INS-1", date("2018-06-01"), "PRB-1", LookBackOutcome.HELD))
                .asOf(D).doesNotFire();
    }

    @Test
    void prb04_on_the_same_day_not_rectified_beats_held() {
        CaseDraft sameDay = rectified("2018-05-01")
                .lookBack("INS-1", date("2018-06-01"), "PRB-1", LookBackOutcome.HELD)
                .lookBack("INS-2", date("2018-06-01"), "PRB-1", LookBackOutcome.NOT_RECTIFIED);
        Verify.rule("PRB-04").given(sameDay).asOf(D).firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "未整改到位");
    }

    @Test
    void prb04_a_later_held_look_back_settles_it_and_one_after_D_does_not_exist_yet() {
        CaseDraft recurred = rectified("2018-05-01")
                .lookBack("INS-1", date("2018-06-01"), "PRB-1", LookBackOutcome.RECURRED);
        Verify.rule("PRB-04").given(recurred.lookBack("INS-2", date("2018-06-25"), "PRB-1", LookBackOutcome.HELD)).asOf(D)
                .doesNotFire();
        Verify.rule("PRB-04").given(rectified("2018-05-01")
                .lookBack("INS-1", date("2018-06-01"), "PRB-1", LookBackOutcome.RECURRED)
                .lookBack("INS-2", date("2018-06-26"), "PRB-1", LookBackOutcome.HELD)).asOf(D).firesExactlyFor("PRB-1");
    }

    @Test
    void prb05_fires_for_a_rectified_problem_with_blank_measures_or_result() {
        Verify.rule("PRB-05").given(rectified("2018-05-01").changeProblem("PRB-1", p -> p.measures("  ")))
                .asOf(D).firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "整治措施");
        Verify.rule("PRB-05").given(rectified("2018-05-01").changeProblem("PRB-1", p -> p.result(null)))
                .asOf(D).firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "取得的成效");
        Verify.rule("PRB-05").given(rectified("2018-05-01")).asOf(D).doesNotFire();
    }

    @Test
    void prb05_reads_the_status_as_of_D() {
        Verify.rule("PRB-05").given(open(p -> p)).asOf(D).doesNotFire();
        Verify.rule("PRB-05").given(rectified("2018-06-25").changeProblem("PRB-1", p -> p.result(""))).asOf(D)
                .firesExactlyFor("PRB-1");
        Verify.rule("PRB-05").given(rectified("2018-06-26").changeProblem("PRB-1", p -> p.result(""))).asOf(D)
                .doesNotFire();
    }

    private static CaseDraft extended(Extension... extensions) {
        return open(p -> p.deadline(date("2018-06-30")).extensions(List.of(extensions)));
    }

    private static Extension extension(String approvedOn, String newDeadline) {
        return new Extension(date(newDeadline), date(approvedOn), "GOV-OFFICE", "拆迁协商");
    }

    @Test
    void prb06_an_extension_approved_on_the_deadline_is_in_time_and_the_day_after_is_not() {
        LocalDate d = LocalDate.of(2018, 8, 1);
        Verify.rule("PRB-06").given(extended(extension("2018-06-30", "2018-07-31"))).asOf(d).doesNotFire();
        var late = Verify.rule("PRB-06").given(extended(extension("2018-07-01", "2018-07-31"))).asOf(d)
                .firesFor("PRB-1", "2018-07-01").withMessageContaining("PRB-1", "2018-06-30", "2018-07-31", "事后延期");
        assertThat(late.findings()).hasSize(1);
    }

    @Test
    void prb06_measures_each_extension_against_the_deadline_extended_before_it() {
        LocalDate d = LocalDate.of(2018, 9, 1);
        CaseDraft chain = extended(extension("2018-06-20", "2018-07-15"), extension("2018-07-16", "2018-08-31"));
        var result = Verify.rule("PRB-06").given(chain).asOf(d).firesFor("PRB-1", "2018-07-16");
        assertThat(result.refsFor("PRB-1")).containsExactly("2018-07-16");
        Verify.rule("PRB-06").given(extended(extension("2018-06-20", "2018-07-15"), extension("2018-07-15", "2018-08-31")))
                .asOf(d).doesNotFire();
    }

    @Test
    void prb06_an_extension_approved_after_D_does_not_exist_yet() {
        Verify.rule("PRB-06").given(extended(extension("2018-07-01", "2018-07-31"))).asOf(LocalDate.of(2018, 6, 30))
                .doesNotFire();
    }

    @Test
    void prb06_an_undated_extension_or_a_missing_original_deadline_is_missing_data() {
        LocalDate d = LocalDate.of(2018, 8, 1);
        CaseDraft undated = extended(new Extension(date("2018-07-31"), null, "GOV-OFFICE", null));
        Verify.rule("PRB-06").given(undated).asOf(d).doesNotFire();
        Verify.missingData("PRB-06").given(undated).asOf(d).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "extensions[].approvedOn");
        Verify.missingData("PRB-06").given(extended(extension("2018-07-01", "2018-07-31"))
                        .changeProblem("PRB-1", p -> p.deadline(null))).asOf(d).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "deadline");
        Verify.missingData("PRB-06").given(extended(extension("2018-06-30", "2018-07-31"))).asOf(d).doesNotFire();
    }
}
