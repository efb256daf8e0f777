package io.github.shuiyuan.rules;

import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** 风险: RSK-01, RSK-02, RSK-03 and their missing-data companions. */
class RiskRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    static CaseBuilder plan(String json) {
        return CaseBuilder.base().patch("waterSources[0].emergencyPlan", json);
    }

    static CaseBuilder source(String json) {
        return CaseBuilder.base().patch("waterSources[0]", json);
    }

    @Test
    void rsk01_fires_for_a_source_in_use_without_emergency_plan() {
        Verify.rule("RSK-01").given(CaseBuilder.base().remove("waterSources[0].emergencyPlan")).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "甲水厂取水口水源地", "应急预案");
        Verify.rule("RSK-01").given(CaseBuilder.base()).asOf(D).doesNotFire();
    }

    @Test
    void rsk01_a_plan_filed_on_D_exists_and_one_filed_after_D_does_not_yet() {
        Verify.rule("RSK-01").given(plan("{\"filedOn\": \"2018-06-25\"}")).asOf(D).doesNotFire();
        Verify.rule("RSK-01").given(plan("{\"filedOn\": \"2018-06-26\"}")).asOf(D).firesExactlyFor("WS-A");
    }

    @Test
    void rsk01_applies_to_sources_in_use_only() {
        Verify.rule("RSK-01").given(CaseBuilder.base().remove("waterSources[0].emergencyPlan")
                .patch("waterSources[0]", "{\"status\": \"STANDBY\"}")).asOf(D).doesNotFire();
        Verify.rule("RSK-01").given(CaseBuilder.base().remove("waterSources[0].emergencyPlan")
                .patch("waterSources[0]", "{\"status\": \"RETIRED\"}")).asOf(D).doesNotFire();
    }

    @Test
    void rsk01_a_plan_without_filing_date_is_missing_data() {
        CaseBuilder undated = plan("{\"filedOn\": null}");
        Verify.rule("RSK-01").given(undated).asOf(D).doesNotFire();
        Verify.missingData("RSK-01").given(undated).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "emergencyPlan.filedOn");
        Verify.missingData("RSK-01").given(CaseBuilder.base().remove("waterSources[0].emergencyPlan")).asOf(D).doesNotFire();
    }

    @Test
    void rsk02_a_drill_exactly_twelve_months_before_D_is_not_older() {
        Verify.rule("RSK-02").given(plan("{\"lastDrillOn\": \"2017-06-25\"}")).asOf(D).doesNotFire();
        Verify.rule("RSK-02").given(plan("{\"lastDrillOn\": \"2017-06-24\"}")).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "2017-06-24", "2017-06-25");
    }

    @Test
    void rsk02_twelve_months_before_a_leap_day_clamps_to_the_end_of_february() {
        // D = 2016-02-29: twelve months before is 2015-02-28 (LocalDate.minusMonths clamps), which is not older.
        LocalDate leapDay = LocalDate.of(2016, 2, 29);
        Verify.rule("RSK-02").given(plan("{\"filedOn\": \"2015-01-01\", \"lastDrillOn\": \"2015-02-28\"}"))
                .asOf(leapDay).doesNotFire();
        Verify.rule("RSK-02").given(plan("{\"filedOn\": \"2015-01-01\", \"lastDrillOn\": \"2015-02-27\"}"))
                .asOf(leapDay).firesExactlyFor("WS-A");
    }

    @Test
    void rsk02_needs_a_plan_and_a_source_in_use() {
        Verify.rule("RSK-02").given(CaseBuilder.base().remove("waterSources[0].emergencyPlan")).asOf(D).doesNotFire();
        Verify.rule("RSK-02").given(plan("{\"lastDrillOn\": \"2016-01-01\"}").patch("waterSources[0]", "{\"status\": \"STANDBY\"}"))
                .asOf(D).doesNotFire();
    }

    @Test
    void rsk02_an_absent_or_future_drill_date_is_missing_data() {
        absentOrFutureDateIsMissingData("RSK-02", "emergencyPlan.lastDrillOn",
                date -> plan("{\"lastDrillOn\": " + date + "}"));
    }

    @Test
    void rsk03_a_survey_exactly_twelve_months_before_D_is_not_older() {
        Verify.rule("RSK-03").given(source("{\"riskSourcesSurveyedOn\": \"2017-06-25\"}")).asOf(D).doesNotFire();
        Verify.rule("RSK-03").given(source("{\"riskSourcesSurveyedOn\": \"2017-06-24\"}")).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "风险源", "2017-06-24");
        Verify.rule("RSK-03").given(source("{\"riskSourcesSurveyedOn\": \"2016-01-01\", \"status\": \"RETIRED\"}"))
                .asOf(D).doesNotFire();
    }

    @Test
    void rsk03_an_absent_or_future_survey_date_is_missing_data() {
        absentOrFutureDateIsMissingData("RSK-03", "riskSourcesSurveyedOn",
                date -> source("{\"riskSourcesSurveyedOn\": " + date + "}"));
    }

    /**
     * An absent date, or one after D (unknown as of D), makes {@code ruleId} say DAT-01 naming the field
     * instead of judging; a date on D does not. {@code withDate} takes the date as JSON (null or quoted).
     */
    static void absentOrFutureDateIsMissingData(String ruleId, String field, Function<String, CaseBuilder> withDate) {
        for (String unknown : new String[] {"null", "\"2018-06-26\""}) {
            Verify.rule(ruleId).given(withDate.apply(unknown)).asOf(D).doesNotFire();
            Verify.missingData(ruleId).given(withDate.apply(unknown)).asOf(D).firesExactlyFor("WS-A")
                    .withMessageContaining("WS-A", field);
        }
        Verify.missingData(ruleId).given(withDate.apply("\"2018-06-25\"")).asOf(D).doesNotFire();
    }
}
