package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.inspection.InspectionResult;
import io.github.shuiyuan.core.inspection.InspectionType;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 治: ZN-01 and ZN-02 read the zone table. */
class ActivityRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    @Test
    void zn01_fires_for_an_unresolved_outfall_in_the_first_zone_with_the_table_basis_as_clause() {
        var result = Verify.rule("ZN-01").given(CaseFiles.healthy().problem("PRB-1", 1, p -> p.status(ProblemStatus.OPEN)))
                .asOf(D)
                .firesExactlyFor("PRB-1").withMessageContaining("PRB-1", "问题序号1", "排污口", "一级保护区");
        assertThat(result.findings().get(0).clause()).isEqualTo("水污染防治法第64条");
    }

    @Test
    void zn01_stays_quiet_for_a_rectified_problem_whose_look_back_held() {
        CaseDraft held = CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-05-01")))
                .add(Inspection.builder().id("INS-1").type(InspectionType.LOOK_BACK).waterSourceId("WS-A")
                        .date(date("2018-06-01"))
                        .results(List.of(new InspectionResult("PRB-1", LookBackOutcome.HELD, null))).build());
        Verify.rule("ZN-01").given(held).asOf(D).doesNotFire();
    }

    @Test
    void zn01_fires_again_when_the_latest_look_back_found_it_back() {
        CaseDraft recurred = CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-05-01")))
                .add(Inspection.builder().id("INS-1").type(InspectionType.LOOK_BACK).waterSourceId("WS-A")
                        .date(date("2018-06-01"))
                        .results(List.of(new InspectionResult("PRB-1", LookBackOutcome.RECURRED, null))).build());
        Verify.rule("ZN-01").given(recurred).asOf(D).firesExactlyFor("PRB-1");
    }

    @Test
    void zn01_a_rectification_dated_after_D_does_not_count_yet() {
        Verify.rule("ZN-01").given(CaseFiles.healthy()
                        .problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-06-26"))))
                .asOf(D).firesExactlyFor("PRB-1");
        Verify.rule("ZN-01").given(CaseFiles.healthy()
                        .problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-06-25"))))
                .asOf(D).doesNotFire();
    }

    @Test
    void zn02_fires_for_a_restricted_category_and_not_where_the_table_allows_it() {
        Verify.rule("ZN-02").given(CaseFiles.healthy()
                        .problem("PRB-1", 1, p -> p.category(ProblemCategory.CAGE_AQUACULTURE).zoneLevel(ZoneLevel.SECOND)))
                .asOf(D).firesExactlyFor("PRB-1");
        Verify.rule("ZN-01").given(CaseFiles.healthy()
                        .problem("PRB-1", 1, p -> p.category(ProblemCategory.CAGE_AQUACULTURE).zoneLevel(ZoneLevel.SECOND)))
                .asOf(D).doesNotFire();
        CaseDraft allowed = CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.category(ProblemCategory.CAGE_AQUACULTURE).zoneLevel(ZoneLevel.QUASI));
        Verify.rule("ZN-01").given(allowed).asOf(D).doesNotFire();
        Verify.rule("ZN-02").given(allowed).asOf(D).doesNotFire();
    }

    @Test
    void a_problem_identified_after_D_does_not_exist_yet() {
        Verify.rule("ZN-01").given(CaseFiles.healthy().problem("PRB-1", 1, p -> p.identifiedOn(date("2018-06-26"))))
                .asOf(D).doesNotFire();
    }
}
