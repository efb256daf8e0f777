package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static io.github.shuiyuan.testing.CaseFiles.decimal;
import static io.github.shuiyuan.testing.CaseFiles.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 监控: MON-01, MON-02, MON-03 and their missing-data companions. */
class MonitoringRulesTest {

    /** Without a campaign the month window of D is 2017-06 … 2018-05. */
    static final LocalDate D = LocalDate.of(2018, 6, 25);

    /** A case without campaign (a full twelve-month window) whose source WS-A has this level. */
    static CaseDraft sourceAtLevel(String adminLevel) {
        return CaseFiles.healthy().withoutCampaign().source("WS-A", s -> s.adminLevel(AdminLevel.valueOf(adminLevel)));
    }

    /** Adds a sample of WS-A taken on {@code date}; {@code fullAnalysis} may be null (absent). */
    static CaseDraft sampled(CaseDraft builder, String id, String date, Boolean fullAnalysis) {
        return builder.add(Sample.builder().id(id).waterSourceId("WS-A").point("取水口").sampledOn(date(date))
                .fullAnalysis(fullAnalysis).values(values("PH", "7.5")).build());
    }

    /** WS-A sampled once a month on the 15th from 2017-06 to 2018-05, except in {@code skipped} ("2018-02"). */
    static CaseDraft monthlySamplesExcept(CaseDraft builder, String skipped) {
        for (var m = java.time.YearMonth.of(2017, 6); m.isBefore(java.time.YearMonth.of(2018, 6)); m = m.plusMonths(1)) {
            if (!m.toString().equals(skipped)) {
                sampled(builder, "S-" + m, m.atDay(15).toString(), false);
            }
        }
        return builder;
    }

    @Test
    void mon01_a_prefecture_source_is_sampled_every_month_of_the_window() {
        var result = Verify.rule("MON-01").given(monthlySamplesExcept(sourceAtLevel("PREFECTURE"), "2018-02")).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "甲水厂取水口水源地", "2018-02");
        assertThat(result.refsFor("WS-A")).containsExactly("2018-02");
        Verify.rule("MON-01").given(monthlySamplesExcept(sourceAtLevel("PREFECTURE"), "none")).asOf(D).doesNotFire();
    }

    @Test
    void mon01_a_sample_on_the_last_day_counts_for_its_month_and_the_first_day_of_the_next_does_not() {
        CaseDraft lastDay = sampled(monthlySamplesExcept(sourceAtLevel("PREFECTURE"), "2018-05"), "S-LAST", "2018-05-31", false);
        Verify.rule("MON-01").given(lastDay).asOf(D).doesNotFire();
        CaseDraft nextMonth = sampled(monthlySamplesExcept(sourceAtLevel("PREFECTURE"), "2018-05"), "S-NEXT", "2018-06-01", false);
        Verify.rule("MON-01").given(nextMonth).asOf(D).firesFor("WS-A", "2018-05");
    }

    @Test
    void mon01_a_county_source_is_sampled_every_quarter_wholly_inside_the_window() {
        // Window 2017-06 … 2018-05: quarters 2017-07, 2017-10 and 2018-01 lie wholly inside; 2017-04
        // (only June inside) and 2018-04 (June is D's month) do not count.
        CaseDraft twoQuarters = sampled(sampled(sourceAtLevel("COUNTY"), "S-1", "2017-08-15", false),
                "S-2", "2017-12-31", false);
        var result = Verify.rule("MON-01").given(twoQuarters).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "2018-01至2018-03");
        assertThat(result.refsFor("WS-A")).containsExactly("2018-01");
        assertThat(Verify.rule("MON-01").given(sourceAtLevel("TOWNSHIP")).asOf(D).refsFor("WS-A"))
                .containsExactly("2017-07", "2017-10", "2018-01");
        Verify.rule("MON-01").given(sampled(twoQuarters, "S-3", "2018-03-31", false)).asOf(D).doesNotFire();
    }

    @Test
    void mon01_the_campaign_start_cuts_the_window_and_D_month_is_never_in_it() {
        // Campaign from 2018-05: on 2018-10-10 the window is 2018-05 … 2018-09; the quarter 2018-04 is only partly inside.
        CaseDraft county = CaseFiles.healthy().source("WS-A", s -> s.adminLevel(AdminLevel.COUNTY));
        assertThat(Verify.rule("MON-01").given(county).asOf(LocalDate.of(2018, 10, 10)).refsFor("WS-A"))
                .containsExactly("2018-07");
        // On 2018-09-30 the quarter 2018-07 reaches into D's month: no complete quarter yet.
        Verify.rule("MON-01").given(county).asOf(LocalDate.of(2018, 9, 30)).doesNotFire();
        assertThat(Verify.rule("MON-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 9, 30)).refsFor("WS-A"))
                .containsExactly("2018-05", "2018-06", "2018-07", "2018-08");
    }

    @Test
    void mon01_only_sources_in_use_are_judged() {
        Verify.rule("MON-01").given(sourceAtLevel("PREFECTURE").source("WS-A", s -> s.status(SourceStatus.STANDBY)))
                .asOf(D).doesNotFire();
        Verify.rule("MON-01").given(sourceAtLevel("PREFECTURE").source("WS-A", s -> s.status(SourceStatus.RETIRED)))
                .asOf(D).doesNotFire();
    }

    @Test
    void mon01_an_absent_level_is_missing_data() {
        CaseDraft noLevel = CaseFiles.healthy().withoutCampaign().source("WS-A", s -> s.adminLevel(null));
        Verify.rule("MON-01").given(noLevel).asOf(D).doesNotFire();
        Verify.missingData("MON-01").given(noLevel).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "adminLevel");
        Verify.missingData("MON-01").given(sourceAtLevel("TOWNSHIP")).asOf(D).doesNotFire();
    }

    @Test
    void mon01_the_sampling_period_is_configuration() throws Exception {
        ComplianceEngine quarterly = ComplianceEngine.builder().threshold("mon.periodMonths.PREFECTURE", "3").build();
        var findings = quarterly.assess(monthlySamplesExcept(sourceAtLevel("PREFECTURE"), "2018-02").build(), D)
                .findings("MON-01");
        assertThat(findings).isEmpty();
        var none = quarterly.assess(sourceAtLevel("PREFECTURE").build(), D).findings("MON-01");
        assertThat(none).extracting(Finding::ref).containsExactly("2017-07", "2017-10", "2018-01");
    }

    @Test
    void mon02_a_full_analysis_exactly_twelve_months_before_D_still_counts() {
        Verify.rule("MON-02").given(sampled(sourceAtLevel("PREFECTURE"), "S-1", "2017-06-25", true)).asOf(D).doesNotFire();
        Verify.rule("MON-02").given(sampled(sourceAtLevel("PREFECTURE"), "S-1", "2017-06-24", true)).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "全分析", "2017-06-25");
    }

    @Test
    void mon02_routine_samples_are_not_a_full_analysis_and_lower_levels_need_none() {
        Verify.rule("MON-02").given(sampled(sourceAtLevel("PREFECTURE"), "S-1", "2018-06-01", false)).asOf(D)
                .firesExactlyFor("WS-A");
        Verify.rule("MON-02").given(sampled(sourceAtLevel("PREFECTURE"), "S-1", "2018-06-25", true)).asOf(D).doesNotFire();
        Verify.rule("MON-02").given(sourceAtLevel("COUNTY")).asOf(D).doesNotFire();
        Verify.rule("MON-02").given(sourceAtLevel("PREFECTURE").source("WS-A", s -> s.status(SourceStatus.STANDBY)))
                .asOf(D).doesNotFire();
    }

    @Test
    void mon02_a_full_analysis_after_D_does_not_exist_yet() {
        Verify.rule("MON-02").given(sampled(sourceAtLevel("PREFECTURE"), "S-1", "2018-06-26", true)).asOf(D)
                .firesExactlyFor("WS-A");
    }

    @Test
    void mon02_an_absent_level_is_missing_data_unless_a_full_analysis_settles_it() {
        CaseDraft noLevel = CaseFiles.healthy().withoutCampaign().source("WS-A", s -> s.adminLevel(null));
        Verify.rule("MON-02").given(noLevel).asOf(D).doesNotFire();
        Verify.missingData("MON-02").given(noLevel).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "adminLevel");
        Verify.missingData("MON-02").given(sampled(noLevel, "S-1", "2018-01-10", true)).asOf(D).doesNotFire();
    }

    @Test
    void mon02_a_sample_that_does_not_say_whether_it_was_a_full_analysis_is_missing_data() {
        CaseDraft unknown = sampled(sourceAtLevel("PREFECTURE"), "S-1", "2018-01-10", null);
        Verify.rule("MON-02").given(unknown).asOf(D).doesNotFire();
        Verify.missingData("MON-02").given(unknown).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "fullAnalysis");
        Verify.missingData("MON-02").given(sampled(unknown, "S-2", "2018-02-10", true)).asOf(D).doesNotFire();
    }

    @Test
    void mon03_a_prefecture_source_without_online_monitoring() {
        Verify.rule("MON-03").given(CaseFiles.healthy().source("WS-A", s -> s.onlineMonitoring(false)))
                .asOf(D).firesExactlyFor("WS-A").withMessageContaining("WS-A", "在线监测", "地级及以上");
        Verify.rule("MON-03").given(CaseFiles.healthy()).asOf(D).doesNotFire();
        Verify.rule("MON-03").given(CaseFiles.healthy().source("WS-A", s -> s.onlineMonitoring(false)
                .status(SourceStatus.STANDBY))).asOf(D).doesNotFire();
    }

    @Test
    void mon03_a_county_source_needs_it_from_a_design_capacity_equal_to_the_threshold() {
        Verify.rule("MON-03").given(CaseFiles.healthy().source("WS-A", s -> s.onlineMonitoring(false)
                .adminLevel(AdminLevel.COUNTY).designCapacityWanM3PerDay(decimal("10"))))
                .asOf(D).firesExactlyFor("WS-A").withMessageContaining("WS-A", "10万m³/d");
        Verify.rule("MON-03").given(CaseFiles.healthy().source("WS-A", s -> s.onlineMonitoring(false)
                .adminLevel(AdminLevel.COUNTY).designCapacityWanM3PerDay(decimal("9.99"))))
                .asOf(D).doesNotFire();
    }

    @Test
    void mon03_an_absent_flag_is_missing_data_where_the_source_may_need_it() {
        CaseDraft unknown = CaseFiles.healthy().source("WS-A", s -> s.onlineMonitoring(null));
        Verify.rule("MON-03").given(unknown).asOf(D).doesNotFire();
        Verify.missingData("MON-03").given(unknown).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "onlineMonitoring");
        Verify.missingData("MON-03").given(CaseFiles.healthy().source("WS-A", s -> s.onlineMonitoring(null)
                .adminLevel(AdminLevel.TOWNSHIP).designCapacityWanM3PerDay(decimal("5")))).asOf(D).doesNotFire();
    }

    @Test
    void mon03_an_absent_level_or_capacity_that_would_decide_is_missing_data() {
        CaseDraft neither = CaseFiles.healthy().source("WS-A", s -> s.onlineMonitoring(false).adminLevel(null)
                .designCapacityWanM3PerDay(null));
        Verify.rule("MON-03").given(neither).asOf(D).doesNotFire();
        Verify.missingData("MON-03").given(neither).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "adminLevel", "designCapacityWanM3PerDay");
        CaseDraft bigWithoutLevel = CaseFiles.healthy().source("WS-A", s -> s.onlineMonitoring(false).adminLevel(null)
                .designCapacityWanM3PerDay(decimal("12")));
        Verify.rule("MON-03").given(bigWithoutLevel).asOf(D).firesExactlyFor("WS-A");
        Verify.missingData("MON-03").given(bigWithoutLevel).asOf(D).doesNotFire();
    }
}
