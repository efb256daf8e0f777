package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.Required;
import java.time.LocalDate;

/** An accountability measure already decided (问责记录): the ladder starts above the latest one. */
public record AccountabilityRecord(
        @Required String id,
        @Required String targetUnitId,
        String targetPersonId,
        @Required AccountabilityMeasure measure,
        @Required AccountabilityReason reason,
        @Required LocalDate decidedOn,
        String basis) {
}
