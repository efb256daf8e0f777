package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 整改方案: PLN-01 … PLN-05 and their missing-data companions. */
class PlanRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    private static CaseBuilder unresolved() {
        return CaseBuilder.base().problem("PRB-1", 1, "{\"status\": \"RECTIFYING\"}");
    }

    private static CaseBuilder resolved() {
        return CaseBuilder.base().problem("PRB-1", 1, """
                {"status": "RECTIFIED", "rectifiedOn": "2018-05-01", "measures": "封堵排口", "result": "排口已封堵"}""");
    }

    @Test
    void pln01_fires_for_a_source_with_an_unresolved_problem_and_no_plan() {
        Verify.rule("PLN-01").given(unresolved()).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "甲水厂取水口水源地", "问题序号1", "2018-06-25");
        Verify.rule("PLN-01").given(resolved()).asOf(D).doesNotFire();
    }

    @Test
    void pln01_a_plan_approved_on_D_counts_and_one_approved_the_day_after_does_not_exist_yet() {
        Verify.rule("PLN-01").given(unresolved().plan("PLAN-1", "{\"approvedOn\": \"2018-06-25\"}")).asOf(D).doesNotFire();
        Verify.rule("PLN-01").given(unresolved().plan("PLAN-1", "{\"approvedOn\": \"2018-06-26\"}")).asOf(D)
                .firesExactlyFor("WS-A");
    }

    @Test
    void pln01_a_plan_without_approval_date_is_missing_data() {
        CaseBuilder undated = unresolved().plan("PLAN-1", "{\"approvedOn\": null}");
        Verify.rule("PLN-01").given(undated).asOf(D).doesNotFire();
        Verify.missingData("PLN-01").given(undated).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "plans[].approvedOn");
        Verify.missingData("PLN-01").given(undated.plan("PLAN-2", "{}")).asOf(D).doesNotFire();
        Verify.missingData("PLN-01").given(resolved().plan("PLAN-1", "{\"approvedOn\": null}")).asOf(D).doesNotFire();
    }

    @Test
    void pln02_fires_for_a_plan_without_responsible_person_or_milestones_and_names_what_is_missing() {
        Verify.rule("PLN-02").given(CaseBuilder.base().plan("PLAN-1", "{\"responsiblePersonId\": null, \"milestones\": []}"))
                .asOf(D).firesExactlyFor("PLAN-1").withMessageContaining("PLAN-1", "甲水厂取水口水源地", "责任人", "时间节点");
        Verify.rule("PLN-02").given(CaseBuilder.base().plan("PLAN-1", "{}")).asOf(D).doesNotFire();
    }

    @Test
    void pln02_blank_measures_and_a_milestone_without_due_date_are_missing_parts() {
        var result = Verify.rule("PLN-02").given(CaseBuilder.base().plan("PLAN-1", """
                        {"responsibleUnitId": null, "measures": ["  "],
                         "milestones": [{"title": "完成整治", "dueOn": "2018-06-30"}, {"title": "验收"}]}""")).asOf(D)
                .firesExactlyFor("PLAN-1").withMessageContaining("PLAN-1", "责任单位", "具体措施", "验收");
        assertThat(result.findings().get(0).message()).doesNotContain("责任人");
        assertThat(result.findings().get(0).unitId()).isEqualTo("SD-A");
    }

    @Test
    void pln03_fires_for_a_milestone_due_the_day_before_D_and_not_for_one_due_on_D() {
        String milestone = "{\"milestones\": [{\"title\": \"完成封堵\", \"dueOn\": \"%s\"}]}";
        Verify.rule("PLN-03").given(CaseBuilder.base().plan("PLAN-1", milestone.formatted("2018-06-24"))).asOf(D)
                .firesFor("PLAN-1", "完成封堵").withMessageContaining("PLAN-1", "完成封堵", "2018-06-24");
        Verify.rule("PLN-03").given(CaseBuilder.base().plan("PLAN-1", milestone.formatted("2018-06-25"))).asOf(D)
                .doesNotFire();
    }

    @Test
    void pln03_a_milestone_done_on_D_is_done_and_one_done_after_D_is_not_yet() {
        String milestone = "{\"milestones\": [{\"title\": \"完成封堵\", \"dueOn\": \"2018-06-20\", \"doneOn\": \"%s\"}]}";
        Verify.rule("PLN-03").given(CaseBuilder.base().plan("PLAN-1", milestone.formatted("2018-06-25"))).asOf(D)
                .doesNotFire();
        Verify.rule("PLN-03").given(CaseBuilder.base().plan("PLAN-1", milestone.formatted("2018-06-26"))).asOf(D)
                .firesFor("PLAN-1", "完成封堵");
    }

    @Test
    void pln03_one_finding_per_overdue_milestone() {
        var result = Verify.rule("PLN-03").given(CaseBuilder.base().plan("PLAN-1", """
                        {"milestones": [{"title": "拆除", "dueOn": "2018-06-01"}, {"title": "复绿", "dueOn": "2018-06-10"},
                                        {"title": "验收", "dueOn": "2018-07-10"}]}""")).asOf(D)
                .firesExactlyFor("PLAN-1");
        assertThat(result.refsFor("PLAN-1")).containsExactly("复绿", "拆除");
    }

    @Test
    void pln03_an_open_milestone_without_due_date_is_missing_data() {
        CaseBuilder undated = CaseBuilder.base().plan("PLAN-1", "{\"milestones\": [{\"title\": \"验收\"}]}");
        Verify.rule("PLN-03").given(undated).asOf(D).doesNotFire();
        Verify.missingData("PLN-03").given(undated).asOf(D).firesExactlyFor("PLAN-1");
        Verify.missingData("PLN-03").given(CaseBuilder.base()
                .plan("PLAN-1", "{\"milestones\": [{\"title\": \"验收\", \"doneOn\": \"2018-06-25\"}]}")).asOf(D).doesNotFire();
    }

    @Test
    void pln04_fires_for_a_source_with_two_plans() {
        Verify.rule("PLN-04").given(CaseBuilder.base().plan("PLAN-1", "{}").plan("PLAN-2", "{}")).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "2套", "PLAN-1、PLAN-2");
        Verify.rule("PLN-04").given(CaseBuilder.base().plan("PLAN-1", "{}")).asOf(D).doesNotFire();
    }

    @Test
    void pln04_a_second_plan_approved_after_D_does_not_exist_yet() {
        Verify.rule("PLN-04").given(CaseBuilder.base().plan("PLAN-1", "{}").plan("PLAN-2", "{\"approvedOn\": \"2018-06-26\"}"))
                .asOf(D).doesNotFire();
    }

    @Test
    void pln05_fires_for_an_unresolved_problem_no_plan_lists() {
        Verify.rule("PLN-05").given(unresolved().plan("PLAN-1", "{}")).asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "问题序号1", "整改中");
        Verify.rule("PLN-05").given(unresolved().plan("PLAN-1", "{\"problemIds\": [\"PRB-1\"]}")).asOf(D).doesNotFire();
        Verify.rule("PLN-05").given(resolved()).asOf(D).doesNotFire();
    }

    @Test
    void pln05_a_plan_approved_after_D_does_not_list_it_yet() {
        Verify.rule("PLN-05").given(unresolved().plan("PLAN-1", "{\"problemIds\": [\"PRB-1\"], \"approvedOn\": \"2018-06-26\"}"))
                .asOf(D).firesExactlyFor("PRB-1");
    }
}
