package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.problem.Milestone;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** 整改方案: PLN-01 … PLN-05 and their missing-data companions. */
class PlanRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    private static CaseDraft unresolved() {
        return CaseFiles.healthy().problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFYING));
    }

    private static CaseDraft resolved() {
        return CaseFiles.healthy().problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFIED)
                .rectifiedOn(date("2018-05-01")).measures("封堵排口").result("排口已封堵"));
    }

    @Test
    void pln01_fires_for_a_source_with_an_unresolved_problem_and_no_plan() {
        Verify.rule("PLN-01").given(unresolved()).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "甲水厂取水口水源地", "问题序号1", "2018-06-25");
        Verify.rule("PLN-01").given(resolved()).asOf(D).doesNotFire();
    }

    @Test
    void pln01_a_plan_approved_on_D_counts_and_one_approved_the_day_after_does_not_exist_yet() {
        Verify.rule("PLN-01").given(unresolved().plan("PLAN-1", p -> p.approvedOn(date("2018-06-25")))).asOf(D)
                .doesNotFire();
        Verify.rule("PLN-01").given(unresolved().plan("PLAN-1", p -> p.approvedOn(date("2018-06-26")))).asOf(D)
                .firesExactlyFor("WS-A");
    }

    @Test
    void pln01_a_plan_without_approval_date_is_missing_data() {
        CaseDraft undated = unresolved().plan("PLAN-1", p -> p.approvedOn(null));
        Verify.rule("PLN-01").given(undated).asOf(D).doesNotFire();
        Verify.missingData("PLN-01").given(undated).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "plans[].approvedOn");
        Verify.missingData("PLN-01").given(undated.plan("PLAN-2", p -> p)).asOf(D).doesNotFire();
        Verify.missingData("PLN-01").given(resolved().plan("PLAN-1", p -> p.approvedOn(null))).asOf(D).doesNotFire();
    }

    @Test
    void pln02_fires_for_a_plan_without_responsible_person_or_milestones_and_names_what_is_missing() {
        Verify.rule("PLN-02").given(CaseFiles.healthy().plan("PLAN-1", p -> p.responsiblePersonId(null)
                .milestones(List.of())))
                .asOf(D).firesExactlyFor("PLAN-1").withMessageContaining("PLAN-1", "甲水厂取水口水源地", "责任人", "时间节点");
        Verify.rule("PLN-02").given(CaseFiles.healthy().plan("PLAN-1", p -> p)).asOf(D).doesNotFire();
    }

    @Test
    void pln02_blank_measures_and_a_milestone_without_due_date_are_missing_parts() {
        var result = Verify.rule("PLN-02").given(CaseFiles.healthy().plan("PLAN-1", p -> p.responsibleUnitId(null)
                .measures(List.of("  "))
                .milestones(List.of(new Milestone("完成整治", date("2018-06-30"), null), new Milestone("验收", null, null)))))
                .asOf(D)
                .firesExactlyFor("PLAN-1").withMessageContaining("PLAN-1", "责任单位", "具体措施", "验收");
        assertThat(result.findings().get(0).message()).doesNotContain("责任人");
        assertThat(result.findings().get(0).unitId()).isEqualTo("SD-A");
    }

    @Test
    void pln03_fires_for_a_milestone_due_the_day_before_D_and_not_for_one_due_on_D() {
        Function<String, UnaryOperator<Plan.Builder>> milestone = dueOn -> p -> p.milestones(List.of(
                new Milestone("完成封堵", date(dueOn), null)));
        Verify.rule("PLN-03").given(CaseFiles.healthy().plan("PLAN-1", milestone.apply("2018-06-24"))).asOf(D)
                .firesFor("PLAN-1", "完成封堵").withMessageContaining("PLAN-1", "完成封堵", "2018-06-24");
        Verify.rule("PLN-03").given(CaseFiles.healthy().plan("PLAN-1", milestone.apply("2018-06-25"))).asOf(D)
                .doesNotFire();
    }

    @Test
    void pln03_a_milestone_done_on_D_is_done_and_one_done_after_D_is_not_yet() {
        Function<String, UnaryOperator<Plan.Builder>> milestone = doneOn -> p -> p.milestones(List.of(
                new Milestone("完成封堵", date("2018-06-20"), date(doneOn))));
        Verify.rule("PLN-03").given(CaseFiles.healthy().plan("PLAN-1", milestone.apply("2018-06-25"))).asOf(D)
                .doesNotFire();
        Verify.rule("PLN-03").given(CaseFiles.healthy().plan("PLAN-1", milestone.apply("2018-06-26"))).asOf(D)
                .firesFor("PLAN-1", "完成封堵");
    }

    @Test
    void pln03_one_finding_per_overdue_milestone() {
        var result = Verify.rule("PLN-03").given(CaseFiles.healthy().plan("PLAN-1", p -> p
                .milestones(List.of(new Milestone("拆除", date("2018-06-01"), null), new Milestone("复绿", date("2018-06-10"), null), new Milestone("验收", date("2018-07-10"), null))))).asOf(D)
                .firesExactlyFor("PLAN-1");
        assertThat(result.refsFor("PLAN-1")).containsExactly("复绿", "拆除");
    }

    @Test
    void pln03_an_open_milestone_without_due_date_is_missing_data() {
        CaseDraft undated = CaseFiles.healthy().plan("PLAN-1", p -> p.milestones(List.of(new Milestone("验收", null, null))));
        Verify.rule("PLN-03").given(undated).asOf(D).doesNotFire();
        Verify.missingData("PLN-03").given(undated).asOf(D).firesExactlyFor("PLAN-1");
        Verify.missingData("PLN-03").given(CaseFiles.healthy()
                .plan("PLAN-1", p -> p.milestones(List.of(new Milestone("验收", null, date("2018-06-25")))))).asOf(D)
                        .doesNotFire();
    }

    @Test
    void pln04_fires_for_a_source_with_two_plans() {
        Verify.rule("PLN-04").given(CaseFiles.healthy().plan("PLAN-1", p -> p).plan("PLAN-2", p -> p)).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "2套", "PLAN-1、PLAN-2");
        Verify.rule("PLN-04").given(CaseFiles.healthy().plan("PLAN-1", p -> p)).asOf(D).doesNotFire();
    }

    @Test
    void pln04_a_second_plan_approved_after_D_does_not_exist_yet() {
        Verify.rule("PLN-04").given(CaseFiles.healthy().plan("PLAN-1", p -> p).plan("PLAN-2", p -> p
                .approvedOn(date("2018-06-26"))))
                .asOf(D).doesNotFire();
    }

    @Test
    void pln05_fires_for_an_unresolved_problem_no_plan_lists() {
        Verify.rule("PLN-05").given(unresolved().plan("PLAN-1", p -> p)).asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "问题序号1", "整改中");
        Verify.rule("PLN-05").given(unresolved().plan("PLAN-1", p -> p.problemIds(List.of("PRB-1")))).asOf(D).doesNotFire();
        Verify.rule("PLN-05").given(resolved()).asOf(D).doesNotFire();
    }

    @Test
    void pln05_a_plan_approved_after_D_does_not_list_it_yet() {
        Verify.rule("PLN-05").given(unresolved().plan("PLAN-1", p -> p.problemIds(List.of("PRB-1"))
                .approvedOn(date("2018-06-26"))))
                .asOf(D).firesExactlyFor("PRB-1");
    }
}
