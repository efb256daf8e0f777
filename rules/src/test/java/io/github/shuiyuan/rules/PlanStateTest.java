package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.rules.fact.PlanState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What {@link PlanState} says a plan lacks and which milestones are late. */
class PlanStateTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    private static PlanState plan(String fields) {
        return PlanState.of(CaseBuilder.base().plan("PLAN-1", fields).build().asOf(D), D).get(0);
    }

    @Test
    void a_complete_plan_lacks_nothing() {
        assertThat(plan("{}").missingParts()).isEmpty();
        assertThat(plan("{}").isIncomplete()).isFalse();
    }

    @Test
    void missing_parts_are_named_in_the_action_plans_words() {
        assertThat(plan("{\"responsibleUnitId\": null, \"responsiblePersonId\": null, \"measures\": [], \"milestones\": []}")
                .missingParts()).containsExactly("责任单位", "责任人", "具体措施", "时间节点");
        assertThat(plan("{\"milestones\": [{\"dueOn\": \"2018-06-30\"}, {}]}").missingParts())
                .containsExactly("时间节点的完成期限（时间节点2）");
    }

    @Test
    void a_milestone_is_late_after_its_due_day_until_done() {
        PlanState p = plan("""
                {"milestones": [{"title": "a", "dueOn": "2018-06-24"}, {"title": "b", "dueOn": "2018-06-25"},
                                {"title": "c", "dueOn": "2018-06-01", "doneOn": "2018-06-25"}, {"title": "d"}]}""");
        assertThat(p.overdueMilestones()).extracting(m -> m.title()).containsExactly("a");
        assertThat(p.undatedOpenMilestones()).extracting(m -> m.title()).containsExactly("d");
        assertThat(p.unitId()).isEqualTo("SD-A");
    }
}
