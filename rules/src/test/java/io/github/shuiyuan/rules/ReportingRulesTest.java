package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 报送: RPT-01 … RPT-06, DIS-01, DIS-02 and their missing-data companions. The base campaign reports from
 * 2018-05 to 2018-11 on the 22nd, wants summaries by 2018-12-07 and disclosures from 2018-05; SD-A is
 * responsible for the source in use, SD-B for nothing.
 */
class ReportingRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    /** A monthly report of {@code unit} for {@code period}, copied to both bureaus; {@code submittedOn} may be null. */
    static CaseBuilder reported(CaseBuilder builder, String id, String unit, String period, String submittedOn) {
        return builder.add("monthlyReports", "{\"id\": \"" + id + "\", \"unitId\": \"" + unit + "\", \"period\": \""
                + period + "\"" + dated("submittedOn", submittedOn)
                + ", \"channel\": \"EGOV_INTRANET\", \"copiedToUnitIds\": [\"DEPT-EPB\", \"DEPT-HOUSING\"]}");
    }

    /** SD-A's summary, copied to both bureaus, with one piece of evidence; {@code submittedOn} may be null. */
    static CaseBuilder summarised(CaseBuilder builder, String submittedOn) {
        return builder.add("evidence", "{\"id\": \"EV-S\", \"waterSourceId\": \"WS-A\", \"kind\": \"OTHER_DOCUMENT\", "
                        + "\"uri\": \"archive/summary.pdf\", \"submittedOn\": \"2018-12-01\"}")
                .add("summaryReports", "{\"id\": \"SR-A\", \"unitId\": \"SD-A\"" + dated("submittedOn", submittedOn)
                        + ", \"copiedToUnitIds\": [\"DEPT-EPB\", \"DEPT-HOUSING\"], \"evidenceIds\": [\"EV-S\"]}");
    }

    /** A disclosure for {@code period}; {@code publishedOn} may be null. */
    static CaseBuilder disclosed(CaseBuilder builder, String period, String publishedOn) {
        return builder.add("disclosures", "{\"period\": \"" + period + "\"" + dated("publishedOn", publishedOn)
                + ", \"url\": \"http://www.chongchuan.gov.cn/" + period + "\"}");
    }

    private static String dated(String field, String date) {
        return date == null ? "" : ", \"" + field + "\": \"" + date + "\"";
    }

    // RPT-01

    @Test
    void rpt01_fires_per_period_due_before_D_for_each_relevant_sub_district() {
        var result = Verify.rule("RPT-01").given(CaseBuilder.base()).asOf(D).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "甲街道", "2018-05", "2018-05-22");
        assertThat(result.refsFor("SD-A")).containsExactly("2018-05", "2018-06");
    }

    @Test
    void rpt01_a_report_is_due_on_the_22nd_itself() {
        assertThat(Verify.rule("RPT-01").given(CaseBuilder.base()).asOf(LocalDate.of(2018, 6, 22)).refsFor("SD-A"))
                .containsExactly("2018-05");
        assertThat(Verify.rule("RPT-01").given(CaseBuilder.base()).asOf(LocalDate.of(2018, 6, 23)).refsFor("SD-A"))
                .containsExactly("2018-05", "2018-06");
    }

    @Test
    void rpt01_a_late_report_submitted_by_D_is_not_missing_but_one_submitted_after_D_is() {
        CaseBuilder late = reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", "2018-06-24");
        assertThat(Verify.rule("RPT-01").given(late).asOf(D).refsFor("SD-A")).containsExactly("2018-06");
        Verify.rule("RPT-02").given(late).asOf(D).firesExactlyFor("MR-05");
        CaseBuilder afterD = reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", "2018-06-26");
        assertThat(Verify.rule("RPT-01").given(afterD).asOf(D).refsFor("SD-A")).containsExactly("2018-05", "2018-06");
    }

    @Test
    void rpt01_a_report_without_submission_date_exists() {
        CaseBuilder undated = reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", null);
        assertThat(Verify.rule("RPT-01").given(undated).asOf(D).refsFor("SD-A")).containsExactly("2018-06");
    }

    @Test
    void rpt01_a_sub_district_is_relevant_through_a_source_in_use_or_on_standby_or_a_problem_existing_on_D() {
        CaseBuilder problemOfB = CaseBuilder.base().problem("PRB-1", 1, "{\"responsibleUnitId\": \"SD-B\", \"responsiblePersonId\": \"PER-B\"}");
        Verify.rule("RPT-01").given(problemOfB).asOf(D).firesExactlyFor("SD-A", "SD-B");
        Verify.rule("RPT-01").given(CaseBuilder.base().problem("PRB-1", 1,
                "{\"responsibleUnitId\": \"SD-B\", \"identifiedOn\": \"2018-06-26\"}")).asOf(D).firesExactlyFor("SD-A");
        Verify.rule("RPT-01").given(CaseBuilder.base().patch("waterSources[0]", "{\"status\": \"STANDBY\"}"))
                .asOf(D).firesExactlyFor("SD-A");
        Verify.rule("RPT-01").given(CaseBuilder.base().patch("waterSources[0]", "{\"status\": \"RETIRED\"}"))
                .asOf(D).doesNotFire();
    }

    @Test
    void rpt01_periods_end_at_the_last_report_period_which_defaults_to_the_deadline_month() {
        LocalDate january = LocalDate.of(2019, 1, 10);
        assertThat(Verify.rule("RPT-01").given(CaseBuilder.base()).asOf(january).refsFor("SD-A"))
                .containsExactly("2018-05", "2018-06", "2018-07", "2018-08", "2018-09", "2018-10", "2018-11");
        CaseBuilder byDeadline = CaseBuilder.base().patch("campaign",
                "{\"lastReportPeriod\": null, \"rectificationDeadline\": \"2018-07-31\"}");
        assertThat(Verify.rule("RPT-01").given(byDeadline).asOf(january).refsFor("SD-A"))
                .containsExactly("2018-05", "2018-06", "2018-07");
    }

    @Test
    void rpt01_needs_a_campaign() {
        Verify.rule("RPT-01").given(CaseBuilder.base().remove("campaign")).asOf(D).doesNotFire();
        Verify.missingData("RPT-01").given(CaseBuilder.base().remove("campaign")).asOf(D).doesNotFire();
    }

    @Test
    void rpt01_a_campaign_without_report_calendar_is_missing_data() {
        CaseBuilder noDueDay = CaseBuilder.base().patch("campaign", "{\"reportDueDay\": null}");
        Verify.rule("RPT-01").given(noDueDay).asOf(D).doesNotFire();
        Verify.missingData("RPT-01").given(noDueDay).asOf(D).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "campaign.reportDueDay");
        CaseBuilder noEnd = CaseBuilder.base().patch("campaign", "{\"lastReportPeriod\": null, \"rectificationDeadline\": null}");
        Verify.rule("RPT-01").given(noEnd).asOf(D).doesNotFire();
        Verify.missingData("RPT-01").given(noEnd).asOf(D).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "campaign.lastReportPeriod");
        Verify.missingData("RPT-01").given(CaseBuilder.base()).asOf(D).doesNotFire();
    }

    // RPT-02

    @Test
    void rpt02_a_report_on_the_22nd_is_on_time_and_on_the_23rd_late() {
        Verify.rule("RPT-02").given(reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", "2018-05-22")).asOf(D).doesNotFire();
        Verify.rule("RPT-02").given(reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", "2018-05-23")).asOf(D)
                .firesExactlyFor("MR-05").withMessageContaining("MR-05", "甲街道", "2018-05-23", "2018-05-22");
    }

    @Test
    void rpt02_judges_reports_of_campaign_periods_only() {
        Verify.rule("RPT-02").given(reported(CaseBuilder.base(), "MR-04", "SD-A", "2018-04", "2018-05-30")).asOf(D).doesNotFire();
        Verify.rule("RPT-02").given(reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", "2018-05-30").remove("campaign"))
                .asOf(D).doesNotFire();
    }

    @Test
    void rpt02_a_report_without_submission_date_is_missing_data_once_it_is_due() {
        CaseBuilder undated = reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", null);
        Verify.rule("RPT-02").given(undated).asOf(D).doesNotFire();
        Verify.missingData("RPT-02").given(undated).asOf(D).firesExactlyFor("MR-05").withMessageContaining("MR-05", "submittedOn");
        Verify.missingData("RPT-02").given(undated).asOf(LocalDate.of(2018, 5, 22)).doesNotFire();
    }

    @Test
    void rpt02_a_campaign_without_report_calendar_is_missing_data() {
        CaseBuilder noDueDay = reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", "2018-05-30")
                .patch("campaign", "{\"reportDueDay\": null}");
        Verify.rule("RPT-02").given(noDueDay).asOf(D).doesNotFire();
        Verify.missingData("RPT-02").given(noDueDay).asOf(D).firesExactlyFor("MR-05")
                .withMessageContaining("MR-05", "campaign.reportDueDay");
    }

    // RPT-03

    @Test
    void rpt03_fires_for_a_report_not_copied_to_every_bureau_and_names_them() {
        CaseBuilder onlyEpb = CaseBuilder.base().add("monthlyReports", """
                {"id": "MR-05", "unitId": "SD-A", "period": "2018-05", "submittedOn": "2018-05-20",
                 "copiedToUnitIds": ["DEPT-EPB", "GOV-OFFICE"]}""");
        Verify.rule("RPT-03").given(onlyEpb).asOf(D).firesExactlyFor("MR-05").withMessageContaining("MR-05", "区住建局");
        assertThat(Verify.rule("RPT-03").given(onlyEpb).asOf(D).findings().get(0).message()).doesNotContain("区环保局");
        Verify.rule("RPT-03").given(reported(CaseBuilder.base(), "MR-05", "SD-A", "2018-05", "2018-05-20")).asOf(D).doesNotFire();
    }

    @Test
    void rpt03_a_report_copied_to_nobody_misses_both_and_without_campaign_nothing_is_required() {
        CaseBuilder uncopied = CaseBuilder.base().add("monthlyReports",
                "{\"id\": \"MR-05\", \"unitId\": \"SD-A\", \"period\": \"2018-05\", \"submittedOn\": \"2018-05-20\"}");
        Verify.rule("RPT-03").given(uncopied).asOf(D).firesExactlyFor("MR-05").withMessageContaining("MR-05", "区环保局、区住建局");
        Verify.rule("RPT-03").given(uncopied.remove("campaign")).asOf(D).doesNotFire();
        Verify.rule("RPT-03").given(CaseBuilder.base().patch("campaign", "{\"copyToUnitIds\": []}").add("monthlyReports",
                "{\"id\": \"MR-05\", \"unitId\": \"SD-A\", \"period\": \"2018-05\", \"submittedOn\": \"2018-05-20\"}")).asOf(D).doesNotFire();
    }

    // RPT-04

    @Test
    void rpt04_fires_the_day_after_the_summary_due_date() {
        Verify.rule("RPT-04").given(CaseBuilder.base()).asOf(LocalDate.of(2018, 12, 7)).doesNotFire();
        Verify.rule("RPT-04").given(CaseBuilder.base()).asOf(LocalDate.of(2018, 12, 8)).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "甲街道", "工作总结", "2018-12-07");
    }

    @Test
    void rpt04_a_late_summary_submitted_by_D_exists_and_one_after_D_does_not() {
        LocalDate dec8 = LocalDate.of(2018, 12, 8);
        Verify.rule("RPT-04").given(summarised(CaseBuilder.base(), "2018-12-08")).asOf(dec8).doesNotFire();
        Verify.rule("RPT-04").given(summarised(CaseBuilder.base(), "2018-12-09")).asOf(dec8).firesExactlyFor("SD-A");
        Verify.rule("RPT-04").given(summarised(CaseBuilder.base(), null)).asOf(dec8).doesNotFire();
        Verify.rule("RPT-04").given(CaseBuilder.base().remove("campaign")).asOf(dec8).doesNotFire();
    }

    @Test
    void rpt04_a_campaign_without_summary_due_date_is_missing_data() {
        CaseBuilder noDue = CaseBuilder.base().patch("campaign", "{\"summaryDueOn\": null}");
        LocalDate dec8 = LocalDate.of(2018, 12, 8);
        Verify.rule("RPT-04").given(noDue).asOf(dec8).doesNotFire();
        Verify.missingData("RPT-04").given(noDue).asOf(dec8).firesExactlyFor("SD-A").withMessageContaining("SD-A", "campaign.summaryDueOn");
        Verify.missingData("RPT-04").given(summarised(noDue, "2018-12-05")).asOf(dec8).doesNotFire();
    }

    // RPT-05

    @Test
    void rpt05_a_summary_on_the_due_date_is_on_time_and_the_day_after_late() {
        LocalDate dec20 = LocalDate.of(2018, 12, 20);
        Verify.rule("RPT-05").given(summarised(CaseBuilder.base(), "2018-12-07")).asOf(dec20).doesNotFire();
        Verify.rule("RPT-05").given(summarised(CaseBuilder.base(), "2018-12-08")).asOf(dec20).firesExactlyFor("SR-A")
                .withMessageContaining("SR-A", "甲街道", "2018-12-08", "2018-12-07");
        Verify.rule("RPT-05").given(summarised(CaseBuilder.base(), "2018-12-08").remove("campaign")).asOf(dec20).doesNotFire();
    }

    @Test
    void rpt05_a_summary_without_submission_date_is_missing_data_once_it_is_due() {
        CaseBuilder undated = summarised(CaseBuilder.base(), null);
        Verify.rule("RPT-05").given(undated).asOf(LocalDate.of(2018, 12, 8)).doesNotFire();
        Verify.missingData("RPT-05").given(undated).asOf(LocalDate.of(2018, 12, 8)).firesExactlyFor("SR-A")
                .withMessageContaining("SR-A", "submittedOn");
        Verify.missingData("RPT-05").given(undated).asOf(LocalDate.of(2018, 12, 7)).doesNotFire();
    }

    @Test
    void rpt05_a_campaign_without_summary_due_date_is_missing_data() {
        CaseBuilder noDue = summarised(CaseBuilder.base(), "2018-12-08").patch("campaign", "{\"summaryDueOn\": null}");
        Verify.rule("RPT-05").given(noDue).asOf(LocalDate.of(2018, 12, 20)).doesNotFire();
        Verify.missingData("RPT-05").given(noDue).asOf(LocalDate.of(2018, 12, 20)).firesExactlyFor("SR-A")
                .withMessageContaining("SR-A", "campaign.summaryDueOn");
    }

    // RPT-06

    @Test
    void rpt06_fires_for_a_summary_without_evidence() {
        CaseBuilder bare = CaseBuilder.base().add("summaryReports",
                "{\"id\": \"SR-A\", \"unitId\": \"SD-A\", \"submittedOn\": \"2018-12-05\", \"evidenceIds\": []}");
        LocalDate dec20 = LocalDate.of(2018, 12, 20);
        Verify.rule("RPT-06").given(bare).asOf(dec20).firesExactlyFor("SR-A").withMessageContaining("SR-A", "甲街道", "佐证材料");
        Verify.rule("RPT-06").given(summarised(CaseBuilder.base(), "2018-12-05")).asOf(dec20).doesNotFire();
    }

    @Test
    void rpt06_does_not_need_a_campaign() {
        CaseBuilder absent = CaseBuilder.base().remove("campaign").add("summaryReports",
                "{\"id\": \"SR-A\", \"unitId\": \"SD-A\", \"submittedOn\": \"2018-12-05\"}");
        Verify.rule("RPT-06").given(absent).asOf(LocalDate.of(2018, 12, 20)).firesExactlyFor("SR-A");
    }

    // DIS-01

    @Test
    void dis01_fires_for_a_period_whose_last_day_is_before_D() {
        Verify.rule("DIS-01").given(CaseBuilder.base()).asOf(LocalDate.of(2018, 5, 31)).doesNotFire();
        var result = Verify.rule("DIS-01").given(CaseBuilder.base()).asOf(LocalDate.of(2018, 6, 1)).firesExactlyFor("CC-TEST")
                .withMessageContaining("CC-TEST", "2018-05", "2018-05-31");
        assertThat(result.refsFor("CC-TEST")).containsExactly("2018-05");
        assertThat(Verify.rule("DIS-01").given(CaseBuilder.base()).asOf(LocalDate.of(2018, 7, 1)).refsFor("CC-TEST"))
                .containsExactly("2018-05", "2018-06");
    }

    @Test
    void dis01_any_disclosure_by_D_counts_even_a_late_one_but_not_one_after_D() {
        LocalDate july = LocalDate.of(2018, 7, 1);
        CaseBuilder late = disclosed(disclosed(CaseBuilder.base(), "2018-05", "2018-06-10"), "2018-06", "2018-06-30");
        Verify.rule("DIS-01").given(late).asOf(july).doesNotFire();
        Verify.rule("DIS-01").given(disclosed(CaseBuilder.base(), "2018-05", null)).asOf(LocalDate.of(2018, 6, 30)).doesNotFire();
        Verify.rule("DIS-01").given(disclosed(CaseBuilder.base(), "2018-05", "2018-06-26")).asOf(D).firesFor("CC-TEST", "2018-05");
    }

    @Test
    void dis01_runs_from_the_disclosure_period_which_defaults_to_the_first_report_period_to_the_last() {
        LocalDate july = LocalDate.of(2018, 7, 1);
        assertThat(Verify.rule("DIS-01").given(CaseBuilder.base().patch("campaign", "{\"disclosureFromPeriod\": \"2018-06\"}"))
                .asOf(july).refsFor("CC-TEST")).containsExactly("2018-06");
        assertThat(Verify.rule("DIS-01").given(CaseBuilder.base().patch("campaign",
                        "{\"disclosureFromPeriod\": null, \"firstReportPeriod\": \"2018-06\"}"))
                .asOf(july).refsFor("CC-TEST")).containsExactly("2018-06");
        assertThat(Verify.rule("DIS-01").given(CaseBuilder.base()).asOf(LocalDate.of(2019, 3, 1)).refsFor("CC-TEST"))
                .hasSize(7).endsWith("2018-11");
        Verify.rule("DIS-01").given(CaseBuilder.base().remove("campaign")).asOf(july).doesNotFire();
    }

    @Test
    void dis01_a_campaign_without_disclosure_calendar_is_missing_data() {
        CaseBuilder noStart = CaseBuilder.base().patch("campaign", "{\"disclosureFromPeriod\": null, \"firstReportPeriod\": null}");
        Verify.rule("DIS-01").given(noStart).asOf(LocalDate.of(2018, 7, 1)).doesNotFire();
        Verify.missingData("DIS-01").given(noStart).asOf(LocalDate.of(2018, 7, 1)).firesExactlyFor("CC-TEST")
                .withMessageContaining("CC-TEST", "campaign.disclosureFromPeriod");
        Verify.missingData("DIS-01").given(CaseBuilder.base()).asOf(LocalDate.of(2018, 7, 1)).doesNotFire();
    }

    // DIS-02

    @Test
    void dis02_a_disclosure_on_the_month_last_day_is_on_time_and_the_next_day_late() {
        Verify.rule("DIS-02").given(disclosed(CaseBuilder.base(), "2018-05", "2018-05-31")).asOf(D).doesNotFire();
        var result = Verify.rule("DIS-02").given(disclosed(CaseBuilder.base(), "2018-05", "2018-06-01")).asOf(D)
                .firesExactlyFor("2018-05").withMessageContaining("2018-05", "2018-06-01", "2018-05-31");
        assertThat(result.findings().get(0).subjectType()).isEqualTo(SubjectType.DISCLOSURE);
    }

    @Test
    void dis02_judges_the_first_disclosure_of_the_period() {
        CaseBuilder onTimeThenAgain = disclosed(disclosed(CaseBuilder.base(), "2018-05", "2018-06-05"), "2018-05", "2018-05-30");
        Verify.rule("DIS-02").given(onTimeThenAgain).asOf(D).doesNotFire();
        CaseBuilder twiceLate = disclosed(disclosed(CaseBuilder.base(), "2018-05", "2018-06-05"), "2018-05", "2018-06-02");
        var result = Verify.rule("DIS-02").given(twiceLate).asOf(D).firesExactlyFor("2018-05")
                .withMessageContaining("2018-05", "2018-06-02");
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void dis02_needs_no_campaign_and_ignores_disclosures_after_D() {
        Verify.rule("DIS-02").given(disclosed(CaseBuilder.base(), "2018-05", "2018-06-01").remove("campaign")).asOf(D)
                .firesExactlyFor("2018-05");
        Verify.rule("DIS-02").given(disclosed(CaseBuilder.base(), "2018-05", "2018-06-26")).asOf(D).doesNotFire();
    }

    @Test
    void dis02_an_undated_disclosure_is_missing_data_unless_a_dated_one_was_on_time() {
        CaseBuilder undated = disclosed(CaseBuilder.base(), "2018-05", null);
        Verify.rule("DIS-02").given(undated).asOf(D).doesNotFire();
        Verify.missingData("DIS-02").given(undated).asOf(D).firesExactlyFor("2018-05").withMessageContaining("2018-05", "publishedOn");
        Verify.rule("DIS-02").given(disclosed(undated, "2018-05", "2018-06-03")).asOf(D).doesNotFire();
        Verify.missingData("DIS-02").given(disclosed(disclosed(CaseBuilder.base(), "2018-05", null), "2018-05", "2018-05-31"))
                .asOf(D).doesNotFire();
    }
}
