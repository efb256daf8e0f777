package io.github.shuiyuan.core.problem;

import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.util.List;

/** A rectification plan (整改方案): one source, one plan, seen through to the end. */
public record Plan(
        @Required String id,
        @Required String waterSourceId,
        LocalDate approvedOn,
        String responsibleUnitId,
        String responsiblePersonId,
        String leaderPersonId,
        List<String> problemIds,
        List<String> measures,
        List<Milestone> milestones) {

    public Plan {
        problemIds = Lists.copy(problemIds);
        measures = Lists.copy(measures);
        milestones = Lists.copy(milestones);
    }
}
