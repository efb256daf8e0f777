package io.github.shuiyuan.core.inspection;

import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.util.List;

/** A patrol, look-back, supervisory check or sampling visit at a source on a date. */
public record Inspection(
        @Required String id,
        @Required InspectionType type,
        @Required String waterSourceId,
        @Required LocalDate date,
        String unitId,
        List<String> inspectorPersonIds,
        List<InspectionResult> results,
        List<String> newProblemIds) {

    public Inspection {
        inspectorPersonIds = Lists.copy(inspectorPersonIds);
        results = Lists.copy(results);
        newProblemIds = Lists.copy(newProblemIds);
    }

    /** Whether this is a look-back (回头看). */
    public boolean isLookBack() {
        return type == InspectionType.LOOK_BACK;
    }
}
