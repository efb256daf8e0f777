package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A sub-district's monthly look-back progress report (月报) for one period. */
public record MonthlyReport(
        @Required String id,
        @Required String unitId,
        @Required YearMonth period,
        LocalDate submittedOn,
        ReportChannel channel,
        List<String> copiedToUnitIds) {

    public MonthlyReport {
        copiedToUnitIds = Lists.copy(copiedToUnitIds);
    }
}
