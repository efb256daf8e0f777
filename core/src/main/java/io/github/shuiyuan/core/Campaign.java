package io.github.shuiyuan.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The special action (专项行动) and its calendar: the report periods and due day, the
 * rectification deadline, the summary due date and who receives reports and copies.
 * Every deadline a rule uses comes from here, never from code.
 */
public record Campaign(
        @Required String id,
        String title,
        String documentNo,
        LocalDate issuedOn,
        YearMonth firstReportPeriod,
        Integer reportDueDay,
        LocalDate rectificationDeadline,
        LocalDate summaryDueOn,
        YearMonth lastReportPeriod,
        YearMonth disclosureFromPeriod,
        String reportRecipientUnitId,
        List<String> copyToUnitIds) {

    public Campaign {
        copyToUnitIds = Lists.copy(copyToUnitIds);
    }

    /** The last report period: {@code lastReportPeriod}, else the month of the rectification deadline. */
    public YearMonth effectiveLastReportPeriod() {
        if (lastReportPeriod != null) {
            return lastReportPeriod;
        }
        return rectificationDeadline == null ? null : YearMonth.from(rectificationDeadline);
    }

    /** The first disclosure period: {@code disclosureFromPeriod}, else {@code firstReportPeriod}. */
    public YearMonth effectiveDisclosureFromPeriod() {
        return disclosureFromPeriod != null ? disclosureFromPeriod : firstReportPeriod;
    }

    /** The day the report for {@code period} is due ("每月22日前": on or before it), clamped to the month's end. */
    public LocalDate reportDueOn(YearMonth period) {
        return period.atDay(Math.min(reportDueDay, period.lengthOfMonth()));
    }
}
