package io.github.shuiyuan.rules.fact;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month of the campaign calendar: when its monthly report is due (day {@code reportDueDay}, "on or
 * before"), when its disclosure is due (the month's last day), and whether reports and disclosures are
 * expected for it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period      the month
 * @param reportDueOn the day its monthly report is due; null when the campaign has no {@code reportDueDay}
 * @param lastDay     the month's last day, when its disclosure is due
 * @param reporting   whether the month lies in the report periods ({@code firstReportPeriod} to the last)
 * @param disclosing  whether the month lies in the disclosure periods ({@code disclosureFromPeriod} to the last)
 */
public record CampaignPeriod(YearMonth period, LocalDate reportDueOn, LocalDate lastDay, boolean reporting, boolean disclosing) {

    /** The period as written in refs and messages: {@code 2018-07}. */
    public String ref() {
        return period.toString();
    }
}
