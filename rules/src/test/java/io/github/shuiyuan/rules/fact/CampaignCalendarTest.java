package io.github.shuiyuan.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.Campaign;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which campaign fields the report and disclosure calendars lack. */
class CampaignCalendarTest {

    static Campaign campaign(YearMonth first, Integer dueDay, LocalDate deadline, YearMonth last, YearMonth disclosureFrom) {
        return new Campaign("CC", null, null, null, first, dueDay, deadline, null, last, disclosureFrom, null, List.of());
    }

    @Test
    void a_complete_calendar_lacks_nothing() {
        Campaign c = campaign(YearMonth.of(2018, 5), 22, LocalDate.of(2018, 11, 30), YearMonth.of(2018, 11), null);
        assertThat(CampaignCalendar.missingReportFields(c)).isNull();
        assertThat(CampaignCalendar.missingDisclosureFields(c)).isNull();
    }

    @Test
    void the_last_period_defaults_to_the_rectification_deadline_month() {
        Campaign c = campaign(YearMonth.of(2018, 5), 22, LocalDate.of(2018, 11, 30), null, null);
        assertThat(CampaignCalendar.missingReportFields(c)).isNull();
        Campaign neither = campaign(YearMonth.of(2018, 5), 22, null, null, null);
        assertThat(CampaignCalendar.missingReportFields(neither)).isEqualTo("campaign.lastReportPeriod");
        assertThat(CampaignCalendar.missingDisclosureFields(neither)).isEqualTo("campaign.lastReportPeriod");
    }

    @Test
    void names_every_absent_report_field() {
        Campaign c = campaign(null, null, null, null, YearMonth.of(2018, 5));
        assertThat(CampaignCalendar.missingReportFields(c))
                .isEqualTo("campaign.firstReportPeriod、campaign.reportDueDay、campaign.lastReportPeriod");
    }

    @Test
    void disclosure_starts_at_the_first_report_period_by_default() {
        Campaign byDefault = campaign(YearMonth.of(2018, 5), 22, null, YearMonth.of(2018, 11), null);
        assertThat(CampaignCalendar.missingDisclosureFields(byDefault)).isNull();
        Campaign neither = campaign(null, 22, null, YearMonth.of(2018, 11), null);
        assertThat(CampaignCalendar.missingDisclosureFields(neither)).isEqualTo("campaign.disclosureFromPeriod");
    }
}
