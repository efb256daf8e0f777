package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;

import io.github.shuiyuan.core.source.EmergencyPlan;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** 风险: RSK-01, RSK-02, RSK-03 and their missing-data companions. */
class RiskRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    /** WS-A's emergency plan filed on {@code filedOn} and last drilled on {@code lastDrillOn} (null: absent). */
    static CaseDraft plan(String filedOn, String lastDrillOn) {
        return source(s -> s.emergencyPlan(new EmergencyPlan(date(filedOn), date(lastDrillOn))));
    }

    static CaseDraft source(UnaryOperator<WaterSource.Builder> change) {
        return CaseFiles.healthy().source("WS-A", change);
    }

    @Test
    void rsk01_fires_for_a_source_in_use_without_emergency_plan() {
        Verify.rule("RSK-01").given(CaseFiles.healthy().source("WS-A", s -> s.emergencyPlan(null))).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "甲水厂取水口水源地", "应急预案");
        Verify.rule("RSK-01").given(CaseFiles.healthy()).asOf(D).doesNotFire();
    }

    @Test
    void rsk01_a_plan_filed_on_D_exists_and_one_filed_after_D_does_not_yet() {
        Verify.rule("RSK-01").given(plan("2018-06-25", "2018-04-12")).asOf(D).doesNotFire();
        Verify.rule("RSK-01").given(plan("2018-06-26", "2018-04-12")).asOf(D).firesExactlyFor("WS-A");
    }

    @Test
    void rsk01_applies_to_sources_in_use_only() {
        Verify.rule("RSK-01").given(CaseFiles.healthy().source("WS-A", s -> s.emergencyPlan(null))
                .source("WS-A", s -> s.status(SourceStatus.STANDBY))).asOf(D).doesNotFire();
        Verify.rule("RSK-01").given(CaseFiles.healthy().source("WS-A", s -> s.emergencyPlan(null))
                .source("WS-A", s -> s.status(SourceStatus.RETIRED))).asOf(D).doesNotFire();
    }

    @Test
    void rsk01_a_plan_without_filing_date_is_missing_data() {
        CaseDraft undated = plan(null, "2018-04-12");
        Verify.rule("RSK-01").given(undated).asOf(D).doesNotFire();
        Verify.missingData("RSK-01").given(undated).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "emergencyPlan.filedOn");
        Verify.missingData("RSK-01").given(CaseFiles.healthy().source("WS-A", s -> s.emergencyPlan(null))).asOf(D)
                .doesNotFire();
    }

    @Test
    void rsk02_a_drill_exactly_twelve_months_before_D_is_not_older() {
        Verify.rule("RSK-02").given(plan("2017-09-01", "2017-06-25")).asOf(D).doesNotFire();
        Verify.rule("RSK-02").given(plan("2017-09-01", "2017-06-24")).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "2017-06-24", "2017-06-25");
    }

    @Test
    void rsk02_twelve_months_before_a_leap_day_clamps_to_the_end_of_february() {
        // D = 2016-02-29: twelve months before is 2015-02-28 (LocalDate.minusMonths clamps), which is not older.
        LocalDate leapDay = LocalDate.of(2016, 2, 29);
        Verify.rule("RSK-02").given(plan("2015-01-01", "2015-02-28"))
                .asOf(leapDay).doesNotFire();
        Verify.rule("RSK-02").given(plan("2015-01-01", "2015-02-27"))
                .asOf(leapDay).firesExactlyFor("WS-A");
    }

    @Test
    void rsk02_needs_a_plan_and_a_source_in_use() {
        Verify.rule("RSK-02").given(CaseFiles.healthy().source("WS-A", s -> s.emergencyPlan(null))).asOf(D).doesNotFire();
        Verify.rule("RSK-02").given(plan("2017-09-01", "2016-01-01").source("WS-A", s -> s.status(SourceStatus.STANDBY)))
                .asOf(D).doesNotFire();
    }

    @Test
    void rsk02_an_absent_or_future_drill_date_is_missing_data() {
        absentOrFutureDateIsMissingData("RSK-02", "emergencyPlan.lastDrillOn",
                day -> source(s -> s.emergencyPlan(new EmergencyPlan(date("2017-09-01"), day))));
    }

    @Test
    void rsk03_a_survey_exactly_twelve_months_before_D_is_not_older() {
        Verify.rule("RSK-03").given(source(s -> s.riskSourcesSurveyedOn(date("2017-06-25")))).asOf(D).doesNotFire();
        Verify.rule("RSK-03").given(source(s -> s.riskSourcesSurveyedOn(date("2017-06-24")))).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "风险源", "2017-06-24");
        Verify.rule("RSK-03").given(source(s -> s.riskSourcesSurveyedOn(date("2016-01-01")).status(SourceStatus.RETIRED)))
                .asOf(D).doesNotFire();
    }

    @Test
    void rsk03_an_absent_or_future_survey_date_is_missing_data() {
        absentOrFutureDateIsMissingData("RSK-03", "riskSourcesSurveyedOn",
                day -> source(s -> s.riskSourcesSurveyedOn(day)));
    }

    /**
     * An absent date, or one after D (unknown as of D), makes {@code ruleId} say DAT-01 naming the field
     * instead of judging; a date on D does not. {@code withDate} takes the date (null for absent).
     */
    static void absentOrFutureDateIsMissingData(String ruleId, String field, Function<LocalDate, CaseDraft> withDate) {
        for (LocalDate unknown : Arrays.asList(null, D.plusDays(1))) {
            Verify.rule(ruleId).given(withDate.apply(unknown)).asOf(D).doesNotFire();
            Verify.missingData(ruleId).given(withDate.apply(unknown)).asOf(D).firesExactlyFor("WS-A")
                    .withMessageContaining("WS-A", field);
        }
        Verify.missingData(ruleId).given(withDate.apply(D)).asOf(D).doesNotFire();
    }
}
