package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 整改: PRB-01 … PRB-06 and their missing-data companions. */
class ProblemRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);
    /** The base campaign's rectification deadline. */
    static final LocalDate CAMPAIGN_DEADLINE = LocalDate.of(2018, 11, 30);

    private static CaseBuilder open(String fields) {
        return CaseBuilder.base().problem("PRB-1", 1, fields);
    }

    private static CaseBuilder rectified(String rectifiedOn) {
        return open("""
                {"status": "RECTIFIED", "rectifiedOn": "%s", "measures": "封堵排口", "result": "排口已封堵"}"""
                .formatted(rectifiedOn));
    }

    @Test
    void prb01_fires_the_day_after_the_deadline_and_not_on_it() {
        Verify.rule("PRB-01").given(open("{\"deadline\": \"2018-06-24\"}")).asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "问题序号1", "2018-06-24", "未整改");
        Verify.rule("PRB-01").given(open("{\"deadline\": \"2018-06-25\"}")).asOf(D).doesNotFire();
    }

    @Test
    void prb01_stays_quiet_for_a_problem_rectified_by_D_and_fires_again_when_it_recurred() {
        CaseBuilder rectifiedLate = rectified("2018-06-20").patch("problems[0]", "{\"deadline\": \"2018-06-10\"}");
        Verify.rule("PRB-01").given(rectifiedLate).asOf(D).doesNotFire();
        Verify.rule("PRB-01").given(rectifiedLate.lookBack("INS-1", "2018-06-22", "PRB-1", "RECURRED")).asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "反弹");
    }

    @Test
    void prb01_reads_the_deadline_of_the_latest_extension_approved_by_D() {
        String extended = """
                {"deadline": "2018-06-10", "extensions": [{"newDeadline": "2018-07-31", "approvedOn": "%s",
                 "approvedByUnitId": "GOV-OFFICE", "reason": "拆迁协商"}]}""";
        Verify.rule("PRB-01").given(open(extended.formatted("2018-06-01"))).asOf(D).doesNotFire();
        Verify.rule("PRB-01").given(open(extended.formatted("2018-06-26"))).asOf(D).firesExactlyFor("PRB-1");
    }

    @Test
    void prb01_without_deadline_is_missing_data() {
        CaseBuilder noDeadline = open("{\"deadline\": null}");
        Verify.rule("PRB-01").given(noDeadline).asOf(D).doesNotFire();
        Verify.missingData("PRB-01").given(noDeadline).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "deadline");
        Verify.missingData("PRB-01").given(open("{}")).asOf(D).doesNotFire();
    }

    @Test
    void prb01_a_passed_deadline_with_an_undated_extension_is_missing_data() {
        String undated = """
                {"deadline": "%s", "extensions": [{"newDeadline": "2018-07-31", "approvedByUnitId": "GOV-OFFICE"}]}""";
        CaseBuilder passed = open(undated.formatted("2018-06-24"));
        Verify.rule("PRB-01").given(passed).asOf(D).doesNotFire();
        Verify.missingData("PRB-01").given(passed).asOf(D).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "extensions[].approvedOn");
        Verify.missingData("PRB-01").given(open(undated.formatted("2018-06-25"))).asOf(D).doesNotFire();
    }

    @Test
    void prb02_fires_the_day_after_the_campaign_deadline_for_unresolved_problems_only() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        Verify.rule("PRB-02").given(open("{}")).asOf(after)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "2018-11-30", "未整改");
        Verify.rule("PRB-02").given(open("{}")).asOf(CAMPAIGN_DEADLINE).doesNotFire();
        Verify.rule("PRB-02").given(rectified("2018-10-01")).asOf(after).doesNotFire();
    }

    @Test
    void prb02_a_rectification_dated_after_D_leaves_the_problem_unresolved() {
        Verify.rule("PRB-02").given(rectified("2018-12-02")).asOf(CAMPAIGN_DEADLINE.plusDays(1)).firesExactlyFor("PRB-1");
    }

    @Test
    void prb02_is_silent_without_campaign_and_says_missing_data_without_its_deadline() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        Verify.rule("PRB-02").given(open("{}").remove("campaign")).asOf(after).doesNotFire();
        Verify.missingData("PRB-02").given(open("{}").remove("campaign")).asOf(after).doesNotFire();
        CaseBuilder noDeadline = open("{}").patch("campaign", "{\"rectificationDeadline\": null}");
        Verify.rule("PRB-02").given(noDeadline).asOf(after).doesNotFire();
        Verify.missingData("PRB-02").given(noDeadline).asOf(after).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "rectificationDeadline");
        Verify.missingData("PRB-02").given(rectified("2018-10-01").patch("campaign", "{\"rectificationDeadline\": null}"))
                .asOf(after).doesNotFire();
    }

    @Test
    void prb03_fires_after_the_campaign_deadline_for_a_rectified_problem_never_looked_back_on() {
        Verify.rule("PRB-03").given(rectified("2018-10-01")).asOf(CAMPAIGN_DEADLINE.plusDays(1))
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "2018-10-01", "回头看");
        Verify.rule("PRB-03").given(rectified("2018-10-01")).asOf(CAMPAIGN_DEADLINE).doesNotFire();
    }

    @Test
    void prb03_a_look_back_on_the_rectification_day_covers_it_and_the_day_before_does_not() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        Verify.rule("PRB-03").given(rectified("2018-10-01").lookBack("INS-1", "2018-10-01", "PRB-1", "HELD"))
                .asOf(after).doesNotFire();
        Verify.rule("PRB-03").given(rectified("2018-10-01").lookBack("INS-1", "2018-09-30", "PRB-1", "HELD"))
                .asOf(after).firesExactlyFor("PRB-1");
    }

    @Test
    void prb03_reads_the_status_as_of_D_and_is_silent_without_campaign() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        Verify.rule("PRB-03").given(rectified("2018-12-02")).asOf(after).doesNotFire();
        Verify.rule("PRB-03").given(rectified("2018-10-01").remove("campaign")).asOf(after).doesNotFire();
    }

    @Test
    void prb03_campaign_without_deadline_is_missing_data() {
        LocalDate after = CAMPAIGN_DEADLINE.plusDays(1);
        CaseBuilder noDeadline = rectified("2018-10-01").patch("campaign", "{\"rectificationDeadline\": null}");
        Verify.rule("PRB-03").given(noDeadline).asOf(after).doesNotFire();
        Verify.missingData("PRB-03").given(noDeadline).asOf(after).firesExactlyFor("PRB-1");
        Verify.missingData("PRB-03").given(noDeadline.lookBack("INS-1", "2018-10-01", "PRB-1", "HELD"))
                .asOf(after).doesNotFire();
    }

    @Test
    void prb04_fires_when_the_latest_look_back_found_it_back_and_not_when_it_held() {
        Verify.rule("PRB-04").given(rectified("2018-05-01").lookBack("INS-1", "2018-06-01", "PRB-1", "RECURRED"))
                .asOf(D).firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "2018-06-01", "反弹");
        Verify.rule("PRB-04").given(rectified("2018-05-01").lookBack("INS-1", "2018-06-01", "PRB-1", "HELD"))
                .asOf(D).doesNotFire();
    }

    @Test
    void prb04_on_the_same_day_not_rectified_beats_held() {
        CaseBuilder sameDay = rectified("2018-05-01")
                .lookBack("INS-1", "2018-06-01", "PRB-1", "HELD")
                .lookBack("INS-2", "2018-06-01", "PRB-1", "NOT_RECTIFIED");
        Verify.rule("PRB-04").given(sameDay).asOf(D).firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "未整改到位");
    }

    @Test
    void prb04_a_later_held_look_back_settles_it_and_one_after_D_does_not_exist_yet() {
        CaseBuilder recurred = rectified("2018-05-01").lookBack("INS-1", "2018-06-01", "PRB-1", "RECURRED");
        Verify.rule("PRB-04").given(recurred.lookBack("INS-2", "2018-06-25", "PRB-1", "HELD")).asOf(D).doesNotFire();
        Verify.rule("PRB-04").given(rectified("2018-05-01").lookBack("INS-1", "2018-06-01", "PRB-1", "RECURRED")
                .lookBack("INS-2", "2018-06-26", "PRB-1", "HELD")).asOf(D).firesExactlyFor("PRB-1");
    }

    @Test
    void prb05_fires_for_a_rectified_problem_with_blank_measures_or_result() {
        Verify.rule("PRB-05").given(rectified("2018-05-01").patch("problems[0]", "{\"measures\": \"  \"}"))
                .asOf(D).firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "整治措施");
        Verify.rule("PRB-05").given(rectified("2018-05-01").patch("problems[0]", "{\"result\": null}"))
                .asOf(D).firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "取得的成效");
        Verify.rule("PRB-05").given(rectified("2018-05-01")).asOf(D).doesNotFire();
    }

    @Test
    void prb05_reads_the_status_as_of_D() {
        Verify.rule("PRB-05").given(open("{}")).asOf(D).doesNotFire();
        Verify.rule("PRB-05").given(rectified("2018-06-25").patch("problems[0]", "{\"result\": \"\"}")).asOf(D)
                .firesExactlyFor("PRB-1");
        Verify.rule("PRB-05").given(rectified("2018-06-26").patch("problems[0]", "{\"result\": \"\"}")).asOf(D)
                .doesNotFire();
    }

    private static CaseBuilder extended(String... extensions) {
        return open("{\"deadline\": \"2018-06-30\", \"extensions\": [" + String.join(", ", extensions) + "]}");
    }

    private static String extension(String approvedOn, String newDeadline) {
        return """
                {"newDeadline": "%s", "approvedOn": "%s", "approvedByUnitId": "GOV-OFFICE", "reason": "拆迁协商"}"""
                .formatted(newDeadline, approvedOn);
    }

    @Test
    void prb06_an_extension_approved_on_the_deadline_is_in_time_and_the_day_after_is_not() {
        LocalDate d = LocalDate.of(2018, 8, 1);
        Verify.rule("PRB-06").given(extended(extension("2018-06-30", "2018-07-31"))).asOf(d).doesNotFire();
        var late = Verify.rule("PRB-06").given(extended(extension("2018-07-01", "2018-07-31"))).asOf(d)
                .firesFor("PRB-1", "2018-07-01").withMessageContaining("PRB-1", "2018-06-30", "2018-07-31", "事后延期");
        assertThat(late.findings()).hasSize(1);
    }

    @Test
    void prb06_measures_each_extension_against_the_deadline_extended_before_it() {
        LocalDate d = LocalDate.of(2018, 9, 1);
        CaseBuilder chain = extended(extension("2018-06-20", "2018-07-15"), extension("2018-07-16", "2018-08-31"));
        var result = Verify.rule("PRB-06").given(chain).asOf(d).firesFor("PRB-1", "2018-07-16");
        assertThat(result.refsFor("PRB-1")).containsExactly("2018-07-16");
        Verify.rule("PRB-06").given(extended(extension("2018-06-20", "2018-07-15"), extension("2018-07-15", "2018-08-31")))
                .asOf(d).doesNotFire();
    }

    @Test
    void prb06_an_extension_approved_after_D_does_not_exist_yet() {
        Verify.rule("PRB-06").given(extended(extension("2018-07-01", "2018-07-31"))).asOf(LocalDate.of(2018, 6, 30))
                .doesNotFire();
    }

    @Test
    void prb06_an_undated_extension_or_a_missing_original_deadline_is_missing_data() {
        LocalDate d = LocalDate.of(2018, 8, 1);
        CaseBuilder undated = extended("{\"newDeadline\": \"2018-07-31\", \"approvedByUnitId\": \"GOV-OFFICE\"}");
        Verify.rule("PRB-06").given(undated).asOf(d).doesNotFire();
        Verify.missingData("PRB-06").given(undated).asOf(d).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "extensions[].approvedOn");
        Verify.missingData("PRB-06").given(extended(extension("2018-07-01", "2018-07-31"))
                        .patch("problems[0]", "{\"deadline\": null}")).asOf(d).firesExactlyFor("PRB-1")
                .withMessageContaining("PRB-1", "deadline");
        Verify.missingData("PRB-06").given(extended(extension("2018-06-30", "2018-07-31"))).asOf(d).doesNotFire();
    }
}
