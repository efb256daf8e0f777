package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.Milestone;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.source.WaterSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rectification plan (整改方案) read as of D, with its source: what 崇川政办发〔2018〕40号 demands of it (measures,
 * task division, milestones, responsible unit and person) and which of its milestones are overdue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan     the plan as recorded (plans approved after D are already left out)
 * @param source   the source the plan is for
 * @param asOfDate D
 */
public record PlanState(Plan plan, @Nullable WaterSource source, LocalDate asOfDate) {

    /** A plan state for every plan of the case file as it stood on D. */
    public static List<PlanState> of(CaseFile view, LocalDate asOfDate) {
        Map<String, WaterSource> sources = view.waterSources().stream()
                .collect(Collectors.toMap(WaterSource::id, Function.identity()));
        return view.plans().stream().map(p -> new PlanState(p, sources.get(p.waterSourceId()), asOfDate)).toList();
    }

    /** The plans' ids in order, for messages: {@code PLAN-1、PLAN-2}. */
    public static String ids(Collection<PlanState> plans) {
        return plans.stream().map(PlanState::id).sorted().collect(Collectors.joining("、"));
    }

    public String id() {
        return plan.id();
    }

    public String waterSourceId() {
        return plan.waterSourceId();
    }

    /** The plan's responsible unit, else its source's. */
    public @Nullable String unitId() {
        if (!isBlank(plan.responsibleUnitId())) {
            return plan.responsibleUnitId();
        }
        return source == null ? null : source.responsibleUnitId();
    }

    /** The source's name, for messages (its id when unknown). */
    public String sourceName() {
        return source == null ? plan.waterSourceId() : source.name();
    }

    /** What the plan lacks of 崇川政办发〔2018〕40号 措施、分工、时间节点、责任单位和责任人, in Chinese; empty when complete. */
    public List<String> missingParts() {
        List<String> missing = new ArrayList<>();
        if (isBlank(plan.responsibleUnitId())) {
            missing.add("责任单位");
        }
        if (isBlank(plan.responsiblePersonId())) {
            missing.add("责任人");
        }
        if (plan.measures().stream().allMatch(PlanState::isBlank)) {
            missing.add("具体措施");
        }
        if (plan.milestones().isEmpty()) {
            missing.add("时间节点");
        } else if (plan.milestones().stream().anyMatch(m -> m.dueOn() == null)) {
            missing.add("时间节点的完成期限（" + plan.milestones().stream().filter(m -> m.dueOn() == null)
                    .map(this::milestoneRef).collect(Collectors.joining("、")) + "）");
        }
        return missing;
    }

    /** Whether the plan lacks any part 崇川政办发〔2018〕40号 demands. */
    public boolean isIncomplete() {
        return !missingParts().isEmpty();
    }

    /** The milestones due before D and not done on or before D. */
    public List<Milestone> overdueMilestones() {
        return plan.milestones().stream()
                .filter(m -> m.dueOn() != null && m.dueOn().isBefore(asOfDate) && !isDone(m))
                .toList();
    }

    /** The milestones without a due date that are not done on or before D (whether they are late is unknown). */
    public List<Milestone> undatedOpenMilestones() {
        return plan.milestones().stream().filter(m -> m.dueOn() == null && !isDone(m)).toList();
    }

    /** Whether some milestone without a due date is not done on or before D. */
    public boolean hasUndatedOpenMilestone() {
        return !undatedOpenMilestones().isEmpty();
    }

    /** How a milestone is named in refs and messages: its title, else its position ({@code 时间节点2}). */
    public String milestoneRef(Milestone milestone) {
        return isBlank(milestone.title()) ? "时间节点" + (plan.milestones().indexOf(milestone) + 1) : milestone.title().strip();
    }

    private boolean isDone(Milestone milestone) {
        return milestone.doneOn() != null && !milestone.doneOn().isAfter(asOfDate);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
