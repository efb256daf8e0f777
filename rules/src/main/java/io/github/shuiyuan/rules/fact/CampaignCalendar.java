package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.Campaign;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which campaign fields the report and disclosure calendars lack. Without them the campaign rules cannot
 * tell which periods are due (RPT-01, RPT-02, DIS-01) and say DAT-01, naming these fields.
 *
 * <p>Static methods; thread-safe.
 */
public final class CampaignCalendar {

    private CampaignCalendar() {
    }

    /**
     * The absent fields the monthly-report calendar needs ("、"-joined), or null when it is complete:
     * {@code firstReportPeriod}, {@code reportDueDay}, and {@code lastReportPeriod} when neither it nor the
     * {@code rectificationDeadline} it defaults to is given.
     */
    public static @Nullable String missingReportFields(Campaign campaign) {
        List<String> fields = new ArrayList<>();
        addIfAbsent(fields, campaign.firstReportPeriod(), "campaign.firstReportPeriod");
        addIfAbsent(fields, campaign.reportDueDay(), "campaign.reportDueDay");
        addIfAbsent(fields, campaign.effectiveLastReportPeriod(), "campaign.lastReportPeriod");
        return joined(fields);
    }

    /**
     * The absent fields the disclosure calendar needs ("、"-joined), or null when it is complete:
     * {@code disclosureFromPeriod} when neither it nor {@code firstReportPeriod} is given, and
     * {@code lastReportPeriod} when neither it nor {@code rectificationDeadline} is given.
     */
    public static @Nullable String missingDisclosureFields(Campaign campaign) {
        List<String> fields = new ArrayList<>();
        addIfAbsent(fields, campaign.effectiveDisclosureFromPeriod(), "campaign.disclosureFromPeriod");
        addIfAbsent(fields, campaign.effectiveLastReportPeriod(), "campaign.lastReportPeriod");
        return joined(fields);
    }

    private static void addIfAbsent(List<String> fields, @Nullable Object value, String field) {
        if (value == null) {
            fields.add(field);
        }
    }

    private static @Nullable String joined(List<String> fields) {
        return fields.isEmpty() ? null : String.join("、", fields);
    }
}
