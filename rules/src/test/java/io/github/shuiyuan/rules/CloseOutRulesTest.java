package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.at;
import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.Filing;
import io.github.shuiyuan.core.problem.Milestone;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 销号: the close-out conditions CLO-02 … CLO-06 (closeOut; CLO-01 retired), the verdicts CLO-10 … CLO-12 and their missing data. */
class CloseOutRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    /**
     * PRB-1, rectified on 2018-05-28, meets every close-out condition as of D: a plan lists it, measures and
     * result are filled, a before-photo (EV-B), an after-photo taken on the rectification day
     * (EV-A) and a look-back (INS-1) on 2018-06-15 that found it held.
     */
    static CaseDraft closable() {
        return CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-05-28")).measures("封堵排口")
                        .result("排口已封堵"))
                .plan("PLAN-1", p -> p.problemIds(List.of("PRB-1"))
                        .milestones(List.of(new Milestone("完成封堵", date("2018-05-31"), date("2018-05-28")))))
                .evidence("EV-B", e -> e.problemId("PRB-1").kind(EvidenceKind.PHOTO_BEFORE)
                        .capturedAt(at("2018-03-01T10:00:00+08:00")).submittedOn(date("2018-03-02")))
                .evidence("EV-A", e -> e.problemId("PRB-1").kind(EvidenceKind.PHOTO_AFTER)
                        .capturedAt(at("2018-05-28T10:00:00+08:00")).submittedOn(date("2018-05-29")))
                .lookBack("INS-1", date("2018-06-15"), "PRB-1", LookBackOutcome.HELD);
    }

    /** {@link #closable()} closed out on {@code closedOn}, filed with both bureaus that day. */
    static CaseDraft closed(String closedOn) {
        return closable().changeProblem("PRB-1", p -> p.status(ProblemStatus.CLOSED).closedOn(date(closedOn))
                .filings(List.of(new Filing("DEPT-EPB", date(closedOn)), new Filing("DEPT-HOUSING", date(closedOn)))));
    }

    private static CaseDraft afterPhotoAt(String capturedAt) {
        return closable().changeEvidence("EV-A", e -> e.capturedAt(at(capturedAt)));
    }

    @Test
    void a_problem_meeting_every_condition_is_eligible_and_the_conditions_make_no_findings() {
        Assessment assessment = Verify.assess(closable().build(), D);
        assertThat(assessment.closeOut()).containsExactly(new CloseOutStatus("PRB-1", true, List.of()));
        assertThat(assessment.findings()).noneMatch(f -> f.ruleId().matches("CLO-0\\d"));
    }

    @Test
    void open_problems_have_no_close_out_entry() {
        Assessment assessment = Verify.assess(CaseFiles.healthy().problem("PRB-1", 1).build(), D);
        assertThat(assessment.closeOut()).isEmpty();
    }

    @Test
    void clo01_is_retired_a_rectification_dated_after_D_has_not_happened_and_the_problem_is_not_listed() {
        Assessment later = Verify.assess(closable().changeProblem("PRB-1", p -> p.rectifiedOn(date("2018-06-26")))
                .build(), D);
        assertThat(later.closeOut()).isEmpty();
        assertThat(later.findings()).noneMatch(f -> f.ruleId().startsWith("CLO-") || "CLO-01".equals(f.ref()));
        assertThat(Verify.ENGINE.rules()).noneMatch(r -> r.id().equals("CLO-01"));
        Assessment onD = Verify.assess(closable().changeProblem("PRB-1", p -> p.rectifiedOn(date("2018-06-25")))
                .build(), D);
        assertThat(onD.closeOut()).containsExactly(new CloseOutStatus("PRB-1", false, List.of("CLO-03", "CLO-04")));
    }

    @Test
    void a_closed_problem_whose_close_out_is_after_D_is_listed_as_rectified_or_not_at_all() {
        Assessment closedLater = Verify.assess(closed("2018-06-26").build(), D);
        assertThat(closedLater.closeOut()).containsExactly(new CloseOutStatus("PRB-1", true, List.of()));
        Assessment rectifiedLater = Verify.assess(closed("2018-08-01").changeProblem("PRB-1", p -> p
                .rectifiedOn(date("2018-07-20"))).build(), D);
        assertThat(rectifiedLater.closeOut()).isEmpty();
    }

    @Test
    void the_per_problem_view_carries_the_same_close_out_verdict_as_the_close_out_list() {
        for (CaseDraft c : List.of(closable(), closed("2018-06-20").withoutEvidence("EV-B"),
                closable().changeProblem("PRB-1", p -> p.rectifiedOn(date("2018-06-26"))))) {
            Assessment a = Verify.assess(c.build(), D);
            assertThat(a.problems()).allSatisfy(v -> assertThat(v.closeOut()).isEqualTo(
                    a.closeOut().stream().filter(s -> s.problemId().equals(v.problemId())).findFirst().orElse(null)));
        }
    }

    /** {@link #closable()} with PRB-2, whose before-photo carries EV-B's hash and was submitted on {@code submittedOn}. */
    private static CaseDraft copiedOnPrb2(String submittedOn) {
        return closable().changeEvidence("EV-B", e -> e.sha256("ABCDEF"))
                .problem("PRB-2", 2)
                .evidence("EV-X", e -> e.problemId("PRB-2").kind(EvidenceKind.PHOTO_BEFORE).sha256(" abcdef ")
                        .capturedAt(at("2018-02-01T10:00:00+08:00")).submittedOn(date(submittedOn)));
    }

    @Test
    void clo02_a_copy_of_another_problems_photo_submitted_the_same_day_or_earlier_does_not_count() {
        Verify.rule("CLO-02").given(copiedOnPrb2("2018-03-01")).asOf(D).leavesUnmet("PRB-1").doesNotFire();
        Verify.rule("CLO-02").given(copiedOnPrb2("2018-03-02")).asOf(D).leavesUnmet("PRB-1");
        Verify.rule("CLO-02").given(copiedOnPrb2("2018-03-03")).asOf(D).isMetBy("PRB-1");
    }

    @Test
    void clo02_a_copy_submitted_after_D_does_not_exist_yet_and_an_undated_copy_cannot_be_ordered() {
        Verify.rule("CLO-02").given(copiedOnPrb2("2018-06-26")).asOf(D).isMetBy("PRB-1");
        Verify.rule("CLO-02").given(copiedOnPrb2("2018-03-01").changeEvidence("EV-X", e -> e.submittedOn(null)
                .capturedAt(null)))
                .asOf(D).isMetBy("PRB-1");
    }

    @Test
    void clo02_a_before_photo_the_integrity_rules_call_false_does_not_count() {
        Verify.rule("CLO-02").given(closable().changeEvidence("EV-B", e -> e.capturedAt(at("2018-03-03T10:00:00+08:00"))))
                .asOf(D).leavesUnmet("PRB-1");
        Verify.rule("CLO-02").given(closable().changeEvidence("EV-B", e -> e.capturedAt(at("2018-03-02T10:00:00+08:00"))))
                .asOf(D).isMetBy("PRB-1");
    }

    @Test
    void clo03_an_after_photo_captured_after_its_submission_or_before_the_before_photo_does_not_count() {
        Verify.rule("CLO-03").given(closable().changeEvidence("EV-A", e -> e.submittedOn(date("2018-05-27")))).asOf(D)
                .leavesUnmet("PRB-1");
        Verify.rule("CLO-03").given(closable().changeEvidence("EV-A", e -> e.submittedOn(date("2018-05-28")))).asOf(D)
                .isMetBy("PRB-1");
        Verify.rule("CLO-03").given(closable().changeEvidence("EV-B", e -> e.capturedAt(at("2018-05-28T11:00:00+08:00"))
                .submittedOn(date("2018-05-29"))))
                .asOf(D).leavesUnmet("PRB-1");
    }

    @Test
    void clo03_an_after_photo_whose_integrity_cannot_be_judged_for_missing_data_still_counts() {
        CaseDraft undatedBefore = closable().changeEvidence("EV-B", e -> e.capturedAt(null));
        Assessment a = Verify.assess(undatedBefore.build(), D);
        assertThat(a.findings()).anyMatch(f -> f.ruleId().equals("DAT-01") && "EVD-02".equals(f.ref()));
        Verify.rule("CLO-03").given(undatedBefore).asOf(D).isMetBy("PRB-1");
    }

    @Test
    void a_photo_the_same_assessment_calls_falsified_never_makes_a_problem_ready_to_close() {
        CaseDraft postDated = closable().changeEvidence("EV-A", e -> e.submittedOn(date("2018-05-27")));
        Assessment a = Verify.assess(postDated.build(), D);
        assertThat(a.findings()).anyMatch(f -> f.ruleId().equals("EVD-03") && f.subjectId().equals("EV-A"));
        assertThat(a.findings()).noneMatch(f -> f.ruleId().equals("CLO-12"));
        assertThat(a.accountability()).anyMatch(t -> t.ruleId().equals("ACC-03"));
    }

    @Test
    void clo02_needs_a_before_photo_that_exists_by_D() {
        Verify.rule("CLO-02").given(closable().withoutEvidence("EV-B")).asOf(D).leavesUnmet("PRB-1").doesNotFire();
        Verify.rule("CLO-02").given(closable().changeEvidence("EV-B", e -> e.submittedOn(date("2018-06-26")))).asOf(D)
                .leavesUnmet("PRB-1");
        Verify.rule("CLO-02").given(closable().changeEvidence("EV-B", e -> e.submittedOn(date("2018-06-25")))).asOf(D)
                .isMetBy("PRB-1");
    }

    @Test
    void clo03_an_after_photo_at_0030_local_on_the_rectification_day_counts_though_it_is_the_day_before_in_utc() {
        Verify.rule("CLO-03").given(afterPhotoAt("2018-05-27T16:30:00Z")).asOf(D).isMetBy("PRB-1");
        Verify.rule("CLO-03").given(afterPhotoAt("2018-05-28T00:30:00+08:00")).asOf(D).isMetBy("PRB-1");
        Verify.rule("CLO-03").given(afterPhotoAt("2018-05-27T23:30:00+08:00")).asOf(D).leavesUnmet("PRB-1").doesNotFire();
    }

    @Test
    void clo03_an_after_photo_captured_after_D_does_not_count() {
        Verify.rule("CLO-03").given(afterPhotoAt("2018-06-26T00:30:00+08:00")).asOf(D).leavesUnmet("PRB-1");
        // submitted on D: a photo captured after its own submission is false (EVD-03) and would not count anyway
        Verify.rule("CLO-03").given(afterPhotoAt("2018-06-25T23:30:00+08:00").changeEvidence("EV-A", e -> e
                .submittedOn(date("2018-06-25"))))
                .asOf(D).isMetBy("PRB-1");
    }

    @Test
    void clo03_an_after_photo_without_capture_time_proves_nothing_and_is_missing_data() {
        CaseDraft undated = closable().changeEvidence("EV-A", e -> e.capturedAt(null));
        Verify.rule("CLO-03").given(undated).asOf(D).leavesUnmet("PRB-1");
        Verify.missingData("CLO-03").given(undated).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "capturedAt");
        Verify.missingData("CLO-03").given(closable()).asOf(D).doesNotFire();
        Verify.missingData("CLO-03").given(undated.evidence("EV-A2", e -> e.problemId("PRB-1")
                .kind(EvidenceKind.PHOTO_AFTER).capturedAt(at("2018-05-30T10:00:00+08:00")))).asOf(D)
                .doesNotFire();
    }

    @Test
    void clo04_needs_a_held_look_back_on_or_after_the_rectification_day() {
        Verify.rule("CLO-04").given(closable().withoutInspection("INS-1")).asOf(D).leavesUnmet("PRB-1").doesNotFire();
        Verify.rule("CLO-04").given(closable().withoutInspection("INS-1")
                .lookBack("INS-2", date("2018-05-28"), "PRB-1", LookBackOutcome.HELD))
                .asOf(D).isMetBy("PRB-1");
        Verify.rule("CLO-04").given(closable().withoutInspection("INS-1")
                .lookBack("INS-2", date("2018-05-27"), "PRB-1", LookBackOutcome.HELD))
                .asOf(D).leavesUnmet("PRB-1");
    }

    @Test
    void clo04_on_the_same_day_a_not_rectified_result_beats_held() {
        Verify.rule("CLO-04").given(closable()
                .lookBack("INS-2", date("2018-06-15"), "PRB-1", LookBackOutcome.NOT_RECTIFIED)).asOf(D)
                .leavesUnmet("PRB-1");
        Verify.rule("CLO-04").given(closable()
                .lookBack("INS-2", date("2018-06-14"), "PRB-1", LookBackOutcome.NOT_RECTIFIED)).asOf(D)
                .isMetBy("PRB-1");
    }

    @Test
    void clo04_a_look_back_after_D_does_not_exist_yet() {
        Verify.rule("CLO-04").given(closable().withoutInspection("INS-1")
                .lookBack("INS-2", date("2018-06-26"), "PRB-1", LookBackOutcome.HELD))
                .asOf(D).leavesUnmet("PRB-1");
    }

    @Test
    void clo05_needs_a_plan_that_lists_the_problem_by_D() {
        Verify.rule("CLO-05").given(closable().changePlan("PLAN-1", p -> p.problemIds(List.of()))).asOf(D)
                .leavesUnmet("PRB-1").doesNotFire();
        Verify.rule("CLO-05").given(closable().changePlan("PLAN-1", p -> p.approvedOn(date("2018-06-26")))).asOf(D)
                .leavesUnmet("PRB-1");
        Verify.rule("CLO-05").given(closable().changePlan("PLAN-1", p -> p.approvedOn(date("2018-06-25")))).asOf(D)
                .isMetBy("PRB-1");
    }

    @Test
    void clo06_needs_measures_and_result_that_are_not_blank() {
        Verify.rule("CLO-06").given(closable().changeProblem("PRB-1", p -> p.result(" "))).asOf(D)
                .leavesUnmet("PRB-1").doesNotFire();
        Verify.rule("CLO-06").given(closable().changeProblem("PRB-1", p -> p.measures(null))).asOf(D).leavesUnmet("PRB-1");
        Verify.rule("CLO-06").given(closable()).asOf(D).isMetBy("PRB-1");
    }

    @Test
    void clo10_fires_for_a_problem_closed_without_meeting_the_conditions_and_names_them() {
        var result = Verify.rule("CLO-10").given(closed("2018-06-20").withoutEvidence("EV-B").withoutInspection("INS-1"))
                .asOf(D)
                .firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "2018-06-20", "CLO-02（缺少整治前照片）", "CLO-04（");
        assertThat(result.findings().get(0).message()).doesNotContain("CLO-03");
        Verify.rule("CLO-10").given(closed("2018-06-20")).asOf(D).doesNotFire();
    }

    @Test
    void clo10_reads_the_status_as_of_D_a_close_out_dated_after_D_has_not_happened() {
        Verify.rule("CLO-10").given(closed("2018-06-26").withoutEvidence("EV-B")).asOf(D).doesNotFire();
        Verify.rule("CLO-10").given(closed("2018-06-25").withoutEvidence("EV-B")).asOf(D).firesExactlyFor("PRB-1");
    }

    @Test
    void clo11_fires_when_a_copied_unit_has_no_filing_on_or_after_the_close_out() {
        CaseDraft housingEarly = closed("2018-06-20").changeProblem("PRB-1", p -> p
                .filings(List.of(new Filing("DEPT-EPB", date("2018-06-20")), new Filing("DEPT-HOUSING", date("2018-06-19")))));
        var result = Verify.rule("CLO-11").given(housingEarly).asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "区住建局");
        assertThat(result.findings().get(0).message()).doesNotContain("区环保局");
        Verify.rule("CLO-11").given(closed("2018-06-20")).asOf(D).doesNotFire();
    }

    @Test
    void clo11_a_filing_after_D_does_not_exist_yet_and_one_finding_names_every_unit() {
        CaseDraft late = closed("2018-06-20").changeProblem("PRB-1", p -> p
                .filings(List.of(new Filing("DEPT-EPB", date("2018-06-26")))));
        var result = Verify.rule("CLO-11").given(late).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "区环保局、区住建局");
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void clo11_is_silent_without_campaign_and_for_problems_not_closed_by_D() {
        CaseDraft unfiled = closed("2018-06-20").changeProblem("PRB-1", p -> p.filings(List.of()));
        Verify.rule("CLO-11").given(unfiled).asOf(D).firesExactlyFor("PRB-1");
        Verify.rule("CLO-11").given(unfiled.withoutCampaign()).asOf(D).doesNotFire();
        Verify.rule("CLO-11").given(closed("2018-06-26").changeProblem("PRB-1", p -> p.filings(List.of()))).asOf(D)
                .doesNotFire();
    }

    @Test
    void clo11_a_campaign_without_copy_units_or_an_undated_filing_is_missing_data() {
        CaseDraft noUnits = closed("2018-06-20").campaign(c -> c.copyToUnitIds(null));
        Verify.rule("CLO-11").given(noUnits).asOf(D).doesNotFire();
        Verify.missingData("CLO-11").given(noUnits).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "copyToUnitIds");
        CaseDraft undated = closed("2018-06-20").changeProblem("PRB-1", p -> p
                .filings(List.of(new Filing("DEPT-EPB", date("2018-06-20")), new Filing("DEPT-HOUSING", null))));
        Verify.rule("CLO-11").given(undated).asOf(D).doesNotFire();
        Verify.missingData("CLO-11").given(undated).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "filings[].filedOn");
        Verify.missingData("CLO-11").given(closed("2018-06-20")).asOf(D).doesNotFire();
    }

    @Test
    void clo12_says_a_rectified_problem_meeting_every_condition_may_be_closed() {
        var result = Verify.rule("CLO-12").given(closable()).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "可销号");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.INFO);
        Verify.rule("CLO-12").given(closable().withoutEvidence("EV-B")).asOf(D).doesNotFire();
    }

    @Test
    void clo12_reads_the_status_as_of_D() {
        Verify.rule("CLO-12").given(closed("2018-06-25")).asOf(D).doesNotFire();
        Verify.rule("CLO-12").given(closed("2018-06-26")).asOf(D).firesExactlyFor("PRB-1");
    }
}
