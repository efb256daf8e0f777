package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.util.List;

/** A sub-district's campaign summary (专项行动工作总结) with its evidence. */
public record SummaryReport(
        @Required String id,
        @Required String unitId,
        LocalDate submittedOn,
        List<String> copiedToUnitIds,
        List<String> evidenceIds) {

    public SummaryReport {
        copiedToUnitIds = Lists.copy(copiedToUnitIds);
        evidenceIds = Lists.copy(evidenceIds);
    }
}
