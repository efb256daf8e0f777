package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static io.github.shuiyuan.testing.CaseFiles.month;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.reporting.Disclosure;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.core.reporting.ReportChannel;
import io.github.shuiyuan.core.reporting.SummaryReport;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 报送: RPT-01 … RPT-06, DIS-01, DIS-02 and their missing-data companions. The base campaign reports from
 * 2018-05 to 2018-11 on the 22nd, wants summaries by 2018-12-07 and disclosures from 2018-05; SD-A is
 * responsible for the source in use, SD-B for nothing.
 */
class ReportingRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    /** A monthly report of {@code unit} for {@code period}, copied to both bureaus; {@code submittedOn} may be null. */
    static CaseDraft reported(CaseDraft builder, String id, String unit, String period, String submittedOn) {
        return builder.add(MonthlyReport.builder().id(id).unitId(unit).period(month(period)).submittedOn(date(submittedOn))
                .channel(ReportChannel.EGOV_INTRANET).copiedToUnitIds(List.of("DEPT-EPB", "DEPT-HOUSING")).build());
    }

    /** SD-A's summary, copied to both bureaus, with one piece of evidence; {@code submittedOn} may be null. */
    static CaseDraft summarised(CaseDraft builder, String submittedOn) {
        return builder.add(Evidence.builder().id("EV-S").waterSourceId("WS-A").kind(EvidenceKind.OTHER_DOCUMENT)
                        .uri("archive/summary.pdf").submittedOn(date("2018-12-01")).build())
                .add(SummaryReport.builder().id("SR-A").unitId("SD-A").submittedOn(date(submittedOn))
                        .copiedToUnitIds(List.of("DEPT-EPB", "DEPT-HOUSING")).evidenceIds(List.of("EV-S")).build());
    }

    /** A disclosure for {@code period}; {@code publishedOn} may be null. */
    static CaseDraft disclosed(CaseDraft builder, String period, String publishedOn) {
        return builder.add(new Disclosure(month(period), date(publishedOn), "http://www.chongchuan.gov.cn/" + period));
    }

    // RPT-01

    @Test
    void rpt01_fires_per_period_due_before_D_for_each_relevant_sub_district() {
        var result = Verify.rule("RPT-01").given(CaseFiles.healthy()).asOf(D).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "甲街道", "2018-05", "2018-05-22");
        assertThat(result.refsFor("SD-A")).containsExactly("2018-05", "2018-06");
    }

    @Test
    void rpt01_a_report_is_due_on_the_22nd_itself() {
        assertThat(Verify.rule("RPT-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 6, 22)).refsFor("SD-A"))
                .containsExactly("2018-05");
        assertThat(Verify.rule("RPT-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 6, 23)).refsFor("SD-A"))
                .containsExactly("2018-05", "2018-06");
    }

    @Test
    void rpt01_a_late_report_submitted_by_D_is_not_missing_but_one_submitted_after_D_is() {
        CaseDraft late = reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-06-24");
        assertThat(Verify.rule("RPT-01").given(late).asOf(D).refsFor("SD-A")).containsExactly("2018-06");
        Verify.rule("RPT-02").given(late).asOf(D).firesExactlyFor("MR-05");
        CaseDraft afterD = reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-06-26");
        assertThat(Verify.rule("RPT-01").given(afterD).asOf(D).refsFor("SD-A")).containsExactly("2018-05", "2018-06");
    }

    @Test
    void rpt01_a_report_without_submission_date_exists() {
        CaseDraft undated = reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", null);
        assertThat(Verify.rule("RPT-01").given(undated).asOf(D).refsFor("SD-A")).containsExactly("2018-06");
    }

    @Test
    void rpt01_a_sub_district_is_relevant_through_a_source_in_use_or_on_standby_or_a_problem_existing_on_D() {
        CaseDraft problemOfB = CaseFiles.healthy().problem("PRB-1", 1, p -> p.responsibleUnitId("SD-B")
                .responsiblePersonId("PER-B"));
        Verify.rule("RPT-01").given(problemOfB).asOf(D).firesExactlyFor("SD-A", "SD-B");
        Verify.rule("RPT-01").given(CaseFiles.healthy().problem("PRB-1", 1, p -> p.responsibleUnitId("SD-B")
                .identifiedOn(date("2018-06-26")))).asOf(D).firesExactlyFor("SD-A");
        Verify.rule("RPT-01").given(CaseFiles.healthy().source("WS-A", s -> s.status(SourceStatus.STANDBY)))
                .asOf(D).firesExactlyFor("SD-A");
        Verify.rule("RPT-01").given(CaseFiles.healthy().source("WS-A", s -> s.status(SourceStatus.RETIRED)))
                .asOf(D).doesNotFire();
    }

    @Test
    void rpt01_periods_end_at_the_last_report_period_which_defaults_to_the_deadline_month() {
        LocalDate january = LocalDate.of(2019, 1, 10);
        assertThat(Verify.rule("RPT-01").given(CaseFiles.healthy()).asOf(january).refsFor("SD-A"))
                .containsExactly("2018-05", "2018-06", "2018-07", "2018-08", "2018-09", "2018-10", "2018-11");
        CaseDraft byDeadline = CaseFiles.healthy().campaign(c -> c.lastReportPeriod(null)
                .rectificationDeadline(date("2018-07-31")));
        assertThat(Verify.rule("RPT-01").given(byDeadline).asOf(january).refsFor("SD-A"))
                .containsExactly("2018-05", "2018-06", "2018-07");
    }

    @Test
    void rpt01_needs_a_campaign() {
        Verify.rule("RPT-01").given(CaseFiles.healthy().withoutCampaign()).asOf(D).doesNotFire();
        Verify.missingData("RPT-01").given(CaseFiles.healthy().withoutCampaign()).asOf(D).doesNotFire();
    }

    @Test
    void rpt01_a_campaign_without_report_calendar_is_missing_data() {
        CaseDraft noDueDay = CaseFiles.healthy().campaign(c -> c.reportDueDay(null));
        Verify.rule("RPT-01").given(noDueDay).asOf(D).doesNotFire();
        Verify.missingData("RPT-01").given(noDueDay).asOf(D).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "campaign.reportDueDay");
        CaseDraft noEnd = CaseFiles.healthy().campaign(c -> c.lastReportPeriod(null).rectificationDeadline(null));
        Verify.rule("RPT-01").given(noEnd).asOf(D).doesNotFire();
        Verify.missingData("RPT-01").given(noEnd).asOf(D).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "campaign.lastReportPeriod");
        Verify.missingData("RPT-01").given(CaseFiles.healthy()).asOf(D).doesNotFire();
    }

    // RPT-02

    @Test
    void rpt02_a_report_on_the_22nd_is_on_time_and_on_the_23rd_late() {
        Verify.rule("RPT-02").given(reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-05-22")).asOf(D)
                .doesNotFire();
        Verify.rule("RPT-02").given(reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-05-23")).asOf(D)
                .firesExactlyFor("MR-05").withMessageContaining("MR-05", "甲街道", "2018-05-23", "2018-05-22");
    }

    @Test
    void rpt02_judges_reports_of_campaign_periods_only() {
        Verify.rule("RPT-02").given(reported(CaseFiles.healthy(), "MR-04", "SD-A", "2018-04", "2018-05-30")).asOf(D)
                .doesNotFire();
        Verify.rule("RPT-02").given(reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-05-30")
                .withoutCampaign())
                .asOf(D).doesNotFire();
    }

    @Test
    void rpt02_a_report_without_submission_date_is_missing_data_once_it_is_due() {
        CaseDraft undated = reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", null);
        Verify.rule("RPT-02").given(undated).asOf(D).doesNotFire();
        Verify.missingData("RPT-02").given(undated).asOf(D).firesExactlyFor("MR-05")
                .withMessageContaining("MR-05", "submittedOn");
        Verify.missingData("RPT-02").given(undated).asOf(LocalDate.of(2018, 5, 22)).doesNotFire();
    }

    @Test
    void rpt02_a_campaign_without_report_calendar_is_missing_data() {
        CaseDraft noDueDay = reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-05-30")
                .campaign(c -> c.reportDueDay(null));
        Verify.rule("RPT-02").given(noDueDay).asOf(D).doesNotFire();
        Verify.missingData("RPT-02").given(noDueDay).asOf(D).firesExactlyFor("MR-05")
                .withMessageContaining("MR-05", "campaign.reportDueDay");
    }

    // RPT-03

    @Test
    void rpt03_fires_for_a_report_not_copied_to_every_bureau_and_names_them() {
        CaseDraft onlyEpb = CaseFiles.healthy().add(MonthlyReport.builder().id("MR-05").unitId("SD-A")
                .period(month("2018-05")).submittedOn(date("2018-05-20")).copiedToUnitIds(List.of("DEPT-EPB", "GOV-OFFICE"))
                .build());
        Verify.rule("RPT-03").given(onlyEpb).asOf(D).firesExactlyFor("MR-05").withMessageContaining("MR-05", "区住建局");
        assertThat(Verify.rule("RPT-03").given(onlyEpb).asOf(D).findings().get(0).message()).doesNotContain("区环保局");
        Verify.rule("RPT-03").given(reported(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-05-20")).asOf(D)
                .doesNotFire();
    }

    @Test
    void rpt03_a_report_copied_to_nobody_misses_both_and_without_campaign_nothing_is_required() {
        CaseDraft uncopied = CaseFiles.healthy().add(MonthlyReport.builder().id("MR-05").unitId("SD-A")
                .period(month("2018-05")).submittedOn(date("2018-05-20")).build());
        Verify.rule("RPT-03").given(uncopied).asOf(D).firesExactlyFor("MR-05").withMessageContaining("MR-05", "区环保局、区住建局");
        Verify.rule("RPT-03").given(uncopied.withoutCampaign()).asOf(D).doesNotFire();
        Verify.rule("RPT-03").given(CaseFiles.healthy().campaign(c -> c.copyToUnitIds(List.of()))
                .add(MonthlyReport.builder().id("MR-05").unitId("SD-A").period(month("2018-05"))
                .submittedOn(date("2018-05-20")).build())).asOf(D).doesNotFire();
    }

    // RPT-04

    @Test
    void rpt04_fires_the_day_after_the_summary_due_date() {
        Verify.rule("RPT-04").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 12, 7)).doesNotFire();
        Verify.rule("RPT-04").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 12, 8)).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "甲街道", "工作总结", "2018-12-07");
    }

    @Test
    void rpt04_a_late_summary_submitted_by_D_exists_and_one_after_D_does_not() {
        LocalDate dec8 = LocalDate.of(2018, 12, 8);
        Verify.rule("RPT-04").given(summarised(CaseFiles.healthy(), "2018-12-08")).asOf(dec8).doesNotFire();
        Verify.rule("RPT-04").given(summarised(CaseFiles.healthy(), "2018-12-09")).asOf(dec8).firesExactlyFor("SD-A");
        Verify.rule("RPT-04").given(summarised(CaseFiles.healthy(), null)).asOf(dec8).doesNotFire();
        Verify.rule("RPT-04").given(CaseFiles.healthy().withoutCampaign()).asOf(dec8).doesNotFire();
    }

    @Test
    void rpt04_a_campaign_without_summary_due_date_is_missing_data() {
        CaseDraft noDue = CaseFiles.healthy().campaign(c -> c.summaryDueOn(null));
        LocalDate dec8 = LocalDate.of(2018, 12, 8);
        Verify.rule("RPT-04").given(noDue).asOf(dec8).doesNotFire();
        Verify.missingData("RPT-04").given(noDue).asOf(dec8).firesExactlyFor("SD-A")
                .withMessageContaining("SD-A", "campaign.summaryDueOn");
        Verify.missingData("RPT-04").given(summarised(noDue, "2018-12-05")).asOf(dec8).doesNotFire();
    }

    // RPT-05

    @Test
    void rpt05_a_summary_on_the_due_date_is_on_time_and_the_day_after_late() {
        LocalDate dec20 = LocalDate.of(2018, 12, 20);
        Verify.rule("RPT-05").given(summarised(CaseFiles.healthy(), "2018-12-07")).asOf(dec20).doesNotFire();
        Verify.rule("RPT-05").given(summarised(CaseFiles.healthy(), "2018-12-08")).asOf(dec20).firesExactlyFor("SR-A")
                .withMessageContaining("SR-A", "甲街道", "2018-12-08", "2018-12-07");
        Verify.rule("RPT-05").given(summarised(CaseFiles.healthy(), "2018-12-08").withoutCampaign()).asOf(dec20)
                .doesNotFire();
    }

    @Test
    void rpt05_a_summary_without_submission_date_is_missing_data_once_it_is_due() {
        CaseDraft undated = summarised(CaseFiles.healthy(), null);
        Verify.rule("RPT-05").given(undated).asOf(LocalDate.of(2018, 12, 8)).doesNotFire();
        Verify.missingData("RPT-05").given(undated).asOf(LocalDate.of(2018, 12, 8)).firesExactlyFor("SR-A")
                .withMessageContaining("SR-A", "submittedOn");
        Verify.missingData("RPT-05").given(undated).asOf(LocalDate.of(2018, 12, 7)).doesNotFire();
    }

    @Test
    void rpt05_a_campaign_without_summary_due_date_is_missing_data() {
        CaseDraft noDue = summarised(CaseFiles.healthy(), "2018-12-08").campaign(c -> c.summaryDueOn(null));
        Verify.rule("RPT-05").given(noDue).asOf(LocalDate.of(2018, 12, 20)).doesNotFire();
        Verify.missingData("RPT-05").given(noDue).asOf(LocalDate.of(2018, 12, 20)).firesExactlyFor("SR-A")
                .withMessageContaining("SR-A", "campaign.summaryDueOn");
    }

    // RPT-06

    @Test
    void rpt06_fires_for_a_summary_without_evidence() {
        CaseDraft bare = CaseFiles.healthy().add(SummaryReport.builder().id("SR-A").unitId("SD-A")
                .submittedOn(date("2018-12-05")).evidenceIds(List.of()).build());
        LocalDate dec20 = LocalDate.of(2018, 12, 20);
        Verify.rule("RPT-06").given(bare).asOf(dec20).firesExactlyFor("SR-A").withMessageContaining("SR-A", "甲街道", "佐证材料");
        Verify.rule("RPT-06").given(summarised(CaseFiles.healthy(), "2018-12-05")).asOf(dec20).doesNotFire();
    }

    @Test
    void rpt06_does_not_need_a_campaign() {
        CaseDraft absent = CaseFiles.healthy().withoutCampaign().add(SummaryReport.builder().id("SR-A").unitId("SD-A")
                .submittedOn(date("2018-12-05")).build());
        Verify.rule("RPT-06").given(absent).asOf(LocalDate.of(2018, 12, 20)).firesExactlyFor("SR-A");
    }

    // DIS-01

    @Test
    void dis01_fires_for_a_period_whose_last_day_is_before_D() {
        Verify.rule("DIS-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 5, 31)).doesNotFire();
        var result = Verify.rule("DIS-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 6, 1))
                .firesExactlyFor("CC-TEST")
                .withMessageContaining("CC-TEST", "2018-05", "2018-05-31");
        assertThat(result.refsFor("CC-TEST")).containsExactly("2018-05");
        assertThat(Verify.rule("DIS-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 7, 1)).refsFor("CC-TEST"))
                .containsExactly("2018-05", "2018-06");
    }

    @Test
    void dis01_any_disclosure_by_D_counts_even_a_late_one_but_not_one_after_D() {
        LocalDate july = LocalDate.of(2018, 7, 1);
        CaseDraft late = disclosed(disclosed(CaseFiles.healthy(), "2018-05", "2018-06-10"), "2018-06", "2018-06-30");
        Verify.rule("DIS-01").given(late).asOf(july).doesNotFire();
        Verify.rule("DIS-01").given(disclosed(CaseFiles.healthy(), "2018-05", null)).asOf(LocalDate.of(2018, 6, 30))
                .doesNotFire();
        Verify.rule("DIS-01").given(disclosed(CaseFiles.healthy(), "2018-05", "2018-06-26")).asOf(D)
                .firesFor("CC-TEST", "2018-05");
    }

    @Test
    void dis01_runs_from_the_disclosure_period_which_defaults_to_the_first_report_period_to_the_last() {
        LocalDate july = LocalDate.of(2018, 7, 1);
        assertThat(Verify.rule("DIS-01").given(CaseFiles.healthy().campaign(c -> c.disclosureFromPeriod(month("2018-06"))))
                .asOf(july).refsFor("CC-TEST")).containsExactly("2018-06");
        assertThat(Verify.rule("DIS-01").given(CaseFiles.healthy().campaign(c -> c.disclosureFromPeriod(null)
                .firstReportPeriod(month("2018-06"))))
                .asOf(july).refsFor("CC-TEST")).containsExactly("2018-06");
        assertThat(Verify.rule("DIS-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2019, 3, 1)).refsFor("CC-TEST"))
                .hasSize(7).endsWith("2018-11");
        Verify.rule("DIS-01").given(CaseFiles.healthy().withoutCampaign()).asOf(july).doesNotFire();
    }

    @Test
    void dis01_a_campaign_without_disclosure_calendar_is_missing_data() {
        CaseDraft noStart = CaseFiles.healthy().campaign(c -> c.disclosureFromPeriod(null).firstReportPeriod(null));
        Verify.rule("DIS-01").given(noStart).asOf(LocalDate.of(2018, 7, 1)).doesNotFire();
        Verify.missingData("DIS-01").given(noStart).asOf(LocalDate.of(2018, 7, 1)).firesExactlyFor("CC-TEST")
                .withMessageContaining("CC-TEST", "campaign.disclosureFromPeriod");
        Verify.missingData("DIS-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 7, 1)).doesNotFire();
    }

    // DIS-02

    @Test
    void dis02_a_disclosure_on_the_month_last_day_is_on_time_and_the_next_day_late() {
        Verify.rule("DIS-02").given(disclosed(CaseFiles.healthy(), "2018-05", "2018-05-31")).asOf(D).doesNotFire();
        var result = Verify.rule("DIS-02").given(disclosed(CaseFiles.healthy(), "2018-05", "2018-06-01")).asOf(D)
                .firesExactlyFor("2018-05").withMessageContaining("2018-05", "2018-06-01", "2018-05-31");
        assertThat(result.findings().get(0).subjectType()).isEqualTo(SubjectType.DISCLOSURE);
    }

    @Test
    void dis02_judges_the_first_disclosure_of_the_period() {
        CaseDraft onTimeThenAgain = disclosed(disclosed(CaseFiles.healthy(), "2018-05", "2018-06-05"), "2018-05", "2018-05-30");
        Verify.rule("DIS-02").given(onTimeThenAgain).asOf(D).doesNotFire();
        CaseDraft twiceLate = disclosed(disclosed(CaseFiles.healthy(), "2018-05", "2018-06-05"), "2018-05", "2018-06-02");
        var result = Verify.rule("DIS-02").given(twiceLate).asOf(D).firesExactlyFor("2018-05")
                .withMessageContaining("2018-05", "2018-06-02");
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void dis02_needs_no_campaign_and_ignores_disclosures_after_D() {
        Verify.rule("DIS-02").given(disclosed(CaseFiles.healthy(), "2018-05", "2018-06-01").withoutCampaign()).asOf(D)
                .firesExactlyFor("2018-05");
        Verify.rule("DIS-02").given(disclosed(CaseFiles.healthy(), "2018-05", "2018-06-26")).asOf(D).doesNotFire();
    }

    @Test
    void dis02_an_undated_disclosure_is_missing_data_unless_a_dated_one_was_on_time() {
        CaseDraft undated = disclosed(CaseFiles.healthy(), "2018-05", null);
        Verify.rule("DIS-02").given(undated).asOf(D).doesNotFire();
        Verify.missingData("DIS-02").given(undated).asOf(D).firesExactlyFor("2018-05")
                .withMessageContaining("2018-05", "publishedOn");
        Verify.rule("DIS-02").given(disclosed(undated, "2018-05", "2018-06-03")).asOf(D).doesNotFire();
        Verify.missingData("DIS-02")
                .given(disclosed(disclosed(CaseFiles.healthy(), "2018-05", null), "2018-05", "2018-05-31"))
                .asOf(D).doesNotFire();
    }
}
