package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 治: ZN-01 and ZN-02 read the zone table. */
class ActivityRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    @Test
    void zn01_fires_for_an_unresolved_outfall_in_the_first_zone_with_the_table_basis_as_clause() {
        var result = Verify.rule("ZN-01").given(CaseBuilder.base().problem("PRB-1", 1, "{\"status\": \"OPEN\"}")).asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "问题序号1", "排污口", "一级保护区");
        assertThat(result.findings().get(0).clause()).isEqualTo("水污染防治法第64条");
    }

    @Test
    void zn01_stays_quiet_for_a_rectified_problem_whose_look_back_held() {
        CaseBuilder held = CaseBuilder.base()
                .problem("PRB-1", 1, "{\"status\": \"RECTIFIED\", \"rectifiedOn\": \"2018-05-01\"}")
                .add("inspections", """
                        {"id": "INS-1", "type": "LOOK_BACK", "waterSourceId": "WS-A", "date": "2018-06-01",
                         "results": [{"problemId": "PRB-1", "outcome": "HELD"}]}""");
        Verify.rule("ZN-01").given(held).asOf(D).doesNotFire();
    }

    @Test
    void zn01_fires_again_when_the_latest_look_back_found_it_back() {
        CaseBuilder recurred = CaseBuilder.base()
                .problem("PRB-1", 1, "{\"status\": \"RECTIFIED\", \"rectifiedOn\": \"2018-05-01\"}")
                .add("inspections", """
                        {"id": "INS-1", "type": "LOOK_BACK", "waterSourceId": "WS-A", "date": "2018-06-01",
                         "results": [{"problemId": "PRB-1", "outcome": "RECURRED"}]}""");
        Verify.rule("ZN-01").given(recurred).asOf(D).firesExactlyFor("PRB-1");
    }

    @Test
    void zn01_a_rectification_dated_after_D_does_not_count_yet() {
        Verify.rule("ZN-01").given(CaseBuilder.base()
                        .problem("PRB-1", 1, "{\"status\": \"RECTIFIED\", \"rectifiedOn\": \"2018-06-26\"}"))
                .asOf(D).firesExactlyFor("PRB-1");
        Verify.rule("ZN-01").given(CaseBuilder.base()
                        .problem("PRB-1", 1, "{\"status\": \"RECTIFIED\", \"rectifiedOn\": \"2018-06-25\"}"))
                .asOf(D).doesNotFire();
    }

    @Test
    void zn02_fires_for_a_restricted_category_and_not_where_the_table_allows_it() {
        Verify.rule("ZN-02").given(CaseBuilder.base()
                        .problem("PRB-1", 1, "{\"category\": \"CAGE_AQUACULTURE\", \"zoneLevel\": \"SECOND\"}"))
                .asOf(D).firesExactlyFor("PRB-1");
        Verify.rule("ZN-01").given(CaseBuilder.base()
                        .problem("PRB-1", 1, "{\"category\": \"CAGE_AQUACULTURE\", \"zoneLevel\": \"SECOND\"}"))
                .asOf(D).doesNotFire();
        CaseBuilder allowed = CaseBuilder.base()
                .problem("PRB-1", 1, "{\"category\": \"CAGE_AQUACULTURE\", \"zoneLevel\": \"QUASI\"}");
        Verify.rule("ZN-01").given(allowed).asOf(D).doesNotFire();
        Verify.rule("ZN-02").given(allowed).asOf(D).doesNotFire();
    }

    @Test
    void a_problem_identified_after_D_does_not_exist_yet() {
        Verify.rule("ZN-01").given(CaseBuilder.base().problem("PRB-1", 1, "{\"identifiedOn\": \"2018-06-26\"}"))
                .asOf(D).doesNotFire();
    }
}
