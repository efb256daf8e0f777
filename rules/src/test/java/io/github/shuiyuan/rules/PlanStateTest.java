package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.problem.Milestone;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.rules.fact.PlanState;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What {@link PlanState} says a plan lacks and which milestones are late. */
class PlanStateTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    private static PlanState plan(UnaryOperator<Plan.Builder> fields) {
        return PlanState.of(CaseFiles.healthy().plan("PLAN-1", fields).build().asOf(D), D).get(0);
    }

    @Test
    void a_complete_plan_lacks_nothing() {
        assertThat(plan(p -> p).missingParts()).isEmpty();
        assertThat(plan(p -> p).isIncomplete()).isFalse();
    }

    @Test
    void missing_parts_are_named_in_the_action_plans_words() {
        assertThat(plan(p -> p.responsibleUnitId(null).responsiblePersonId(null).measures(List.of()).milestones(List.of()))
                .missingParts()).containsExactly("责任单位", "责任人", "具体措施", "时间节点");
        assertThat(plan(p -> p
                .milestones(List.of(new Milestone(null, date("2018-06-30"), null), new Milestone(null, null, null))))
                .missingParts())
                .containsExactly("时间节点的完成期限（时间节点2）");
    }

    @Test
    void a_milestone_is_late_after_its_due_day_until_done() {
        PlanState p = plan(fields -> fields
                .milestones(List.of(new Milestone("a", date("2018-06-24"), null), new Milestone("b", date("2018-06-25"), null), new Milestone("c", date("2018-06-01"), date("2018-06-25")), new Milestone("d", null, null))));
        assertThat(p.overdueMilestones()).extracting(m -> m.title()).containsExactly("a");
        assertThat(p.undatedOpenMilestones()).extracting(m -> m.title()).containsExactly("d");
        assertThat(p.unitId()).isEqualTo("SD-A");
    }
}
