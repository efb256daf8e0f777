package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.at;
import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.inspection.InspectionType;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 管理: MGT-01, MGT-02, MGT-03, FMT-01 and FMT-01's missing-data companions. */
class ManagementRulesTest {

    /** With the campaign from 2018-05, the month window of D is 2018-05 alone. */
    static final LocalDate D = LocalDate.of(2018, 6, 25);

    static CaseDraft inspected(CaseDraft builder, String id, String type, String date) {
        return builder.add(Inspection.builder().id(id).type(InspectionType.valueOf(type)).waterSourceId("WS-A")
                .date(date(date))
                .unitId("SD-A").build());
    }

    /** Source-level evidence of WS-A of this kind, submitted on {@code submittedOn}. */
    static CaseDraft archived(CaseDraft builder, String id, String kind, String submittedOn) {
        return builder.add(Evidence.builder().id(id).waterSourceId("WS-A").kind(EvidenceKind.valueOf(kind))
                .uri("archive/ws-a/" + id + ".pdf").capturedAt(at("2018-05-01T09:00:00+08:00"))
                        .submittedOn(date(submittedOn))
                .build());
    }

    @Test
    void mgt01_fires_for_a_month_of_the_window_without_patrol() {
        var result = Verify.rule("MGT-01").given(CaseFiles.healthy()).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "甲水厂取水口水源地", "2018-05", "巡查0次");
        assertThat(result.refsFor("WS-A")).containsExactly("2018-05");
    }

    @Test
    void mgt01_one_patrol_meets_the_minimum_even_on_the_month_last_day() {
        Verify.rule("MGT-01").given(inspected(CaseFiles.healthy(), "INS-1", "PATROL", "2018-05-31")).asOf(D).doesNotFire();
        Verify.rule("MGT-01").given(inspected(CaseFiles.healthy(), "INS-1", "PATROL", "2018-05-01")).asOf(D).doesNotFire();
    }

    @Test
    void mgt01_only_patrols_inside_the_month_count() {
        Verify.rule("MGT-01").given(inspected(CaseFiles.healthy(), "INS-1", "PATROL", "2018-06-01")).asOf(D)
                .firesFor("WS-A", "2018-05");
        Verify.rule("MGT-01").given(inspected(CaseFiles.healthy(), "INS-1", "LOOK_BACK", "2018-05-15")).asOf(D)
                .firesFor("WS-A", "2018-05");
    }

    @Test
    void mgt01_the_window_is_twelve_months_without_campaign_and_never_holds_D_month() {
        var result = Verify.rule("MGT-01").given(CaseFiles.healthy().withoutCampaign()).asOf(D);
        assertThat(result.refsFor("WS-A")).hasSize(12).startsWith("2017-06").endsWith("2018-05").doesNotContain("2018-06");
        Verify.rule("MGT-01").given(CaseFiles.healthy()).asOf(LocalDate.of(2018, 5, 31)).doesNotFire();
    }

    @Test
    void mgt01_applies_to_sources_in_use_only() {
        Verify.rule("MGT-01").given(CaseFiles.healthy().source("WS-A", s -> s.status(SourceStatus.STANDBY)))
                .asOf(D).doesNotFire();
    }

    @Test
    void mgt01_the_minimum_is_configuration() throws Exception {
        ComplianceEngine twice = ComplianceEngine.builder().threshold("mgt.minPatrolsPerMonth", "2").build();
        CaseDraft once = inspected(CaseFiles.healthy(), "INS-1", "PATROL", "2018-05-10");
        assertThat(twice.assess(once.build(), D).findings("MGT-01")).extracting(Finding::ref).containsExactly("2018-05");
        assertThat(twice.assess(inspected(once, "INS-2", "PATROL", "2018-05-20").build(), D).findings("MGT-01")).isEmpty();
    }

    @Test
    void mgt02_fires_for_a_source_without_zone_approval_papers_in_its_archive() {
        Verify.rule("MGT-02").given(CaseFiles.healthy()).asOf(D).firesExactlyFor("WS-A")
                .withMessageContaining("WS-A", "甲水厂取水口水源地", "批复文件");
        Verify.rule("MGT-02").given(archived(CaseFiles.healthy(), "EV-1", "APPROVAL", "2018-06-25")).asOf(D).doesNotFire();
    }

    @Test
    void mgt02_papers_submitted_after_D_or_of_another_kind_do_not_count() {
        Verify.rule("MGT-02").given(archived(CaseFiles.healthy(), "EV-1", "APPROVAL", "2018-06-26")).asOf(D)
                .firesExactlyFor("WS-A");
        Verify.rule("MGT-02").given(archived(CaseFiles.healthy(), "EV-1", "OTHER_DOCUMENT", "2018-05-02")).asOf(D)
                .firesExactlyFor("WS-A");
    }

    @Test
    void mgt02_applies_to_standby_sources_but_not_retired_ones() {
        Verify.rule("MGT-02").given(CaseFiles.healthy().source("WS-A", s -> s.status(SourceStatus.STANDBY)))
                .asOf(D).firesExactlyFor("WS-A");
        Verify.rule("MGT-02").given(CaseFiles.healthy().source("WS-A", s -> s.status(SourceStatus.RETIRED)))
                .asOf(D).doesNotFire();
    }

    @Test
    void mgt03_fires_for_a_source_with_problems_but_no_plan_paper() {
        CaseDraft closed = CaseFiles.healthy().problem("PRB-1", 1, p -> p.status(ProblemStatus.CLOSED)
                .rectifiedOn(date("2018-04-01")).closedOn(date("2018-05-01")));
        Verify.rule("MGT-03").given(closed).asOf(D).firesExactlyFor("WS-A").withMessageContaining("WS-A", "整改方案");
        Verify.rule("MGT-03").given(archived(closed, "EV-1", "PLAN", "2018-06-25")).asOf(D).doesNotFire();
        Verify.rule("MGT-03").given(CaseFiles.healthy()).asOf(D).doesNotFire();
    }

    @Test
    void mgt03_a_problem_identified_after_D_or_a_plan_paper_submitted_after_D_does_not_exist_yet() {
        Verify.rule("MGT-03").given(CaseFiles.healthy().problem("PRB-1", 1, p -> p.identifiedOn(date("2018-06-26"))))
                .asOf(D).doesNotFire();
        Verify.rule("MGT-03").given(archived(CaseFiles.healthy().problem("PRB-1", 1), "EV-1", "PLAN", "2018-06-26"))
                .asOf(D).firesExactlyFor("WS-A");
        Verify.rule("MGT-03").given(CaseFiles.healthy().problem("PRB-1", 1).source("WS-A", s -> s
                .status(SourceStatus.RETIRED)))
                .asOf(D).doesNotFire();
    }

    @Test
    void fmt01_fires_for_a_source_location_not_in_the_form_whatever_its_status() {
        Verify.rule("FMT-01").given(CaseFiles.healthy().source("WS-A", s -> s.location("江苏省南通市崇川区")))
                .asOf(D).firesExactlyFor("WS-A").withMessageContaining("WS-A", "江苏省南通市崇川区", "XX市XX县");
        Verify.rule("FMT-01").given(CaseFiles.healthy().source("WS-A", s -> s.location("南通崇川区")
                .status(SourceStatus.RETIRED))).asOf(D).firesExactlyFor("WS-A");
        Verify.rule("FMT-01").given(CaseFiles.healthy()).asOf(D).doesNotFire();
    }

    @Test
    void fmt01_fires_for_a_problem_location_not_in_the_form_whatever_its_status() {
        var result = Verify.rule("FMT-01").given(CaseFiles.healthy()
                        .problem("PRB-1", 1, p -> p.location("南通市崇川区任港路"))
                        .problem("PRB-2", 2, p -> p.location("南通市崇川区"))
                        .problem("PRB-3", 3, p -> p.location("南通市").status(ProblemStatus.CLOSED)
                                .rectifiedOn(date("2018-04-01")).closedOn(date("2018-05-01"))))
                .asOf(D).firesExactlyFor("PRB-1", "PRB-3").withMessageContaining("PRB-1", "问题序号1", "南通市崇川区任港路");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.subjectType()).isEqualTo(SubjectType.PROBLEM));
        Verify.rule("FMT-01").given(CaseFiles.healthy().problem("PRB-1", 1, p -> p.location("恩施土家族苗族自治州来凤县")))
                .asOf(D).doesNotFire();
    }

    @Test
    void fmt01_a_blank_or_absent_location_is_missing_data() {
        CaseDraft blank = CaseFiles.healthy().source("WS-A", s -> s.location("  "))
                .problem("PRB-1", 1, p -> p.location(null));
        Verify.rule("FMT-01").given(blank).asOf(D).doesNotFire();
        var result = Verify.missingData("FMT-01").given(blank).asOf(D).firesExactlyFor("WS-A", "PRB-1")
                .withMessageContaining("PRB-1", "location");
        assertThat(result.findings()).extracting(Finding::subjectType)
                .containsExactlyInAnyOrder(SubjectType.WATER_SOURCE, SubjectType.PROBLEM);
        Verify.missingData("FMT-01").given(CaseFiles.healthy().problem("PRB-1", 1)).asOf(D).doesNotFire();
    }
}
