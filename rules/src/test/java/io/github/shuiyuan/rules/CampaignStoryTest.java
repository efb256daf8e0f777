package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.at;
import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.Filing;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The campaign as a story. One case file holds a whole year; assessing it as of successive dates walks a
 * problem from survey to rectification, look-back and close-out, and a sub-district from late reports to
 * criticism to a public interview.
 */
class CampaignStoryTest {

    /** An outfall in WS-A's first-level zone: found on 2018-03-10, sealed 2018-05-28, held on 2018-06-15, closed 2018-06-25. */
    static CaseDraft outfallLifecycle() {
        return CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.description("一级保护区内雨污混接排口1个").identifiedOn(date("2018-03-10"))
                        .deadline(date("2018-06-30")).status(ProblemStatus.CLOSED).rectifiedOn(date("2018-05-28"))
                        .closedOn(date("2018-06-25")).measures("封堵排口，雨污分流改造").result("排口已封堵，无污水入江")
                        .filings(List.of(new Filing("DEPT-EPB", date("2018-06-26")), new Filing("DEPT-HOUSING", date("2018-06-27")))))
                .plan("PLAN-1", p -> p.problemIds(List.of("PRB-1")).approvedOn(date("2018-04-10")))
                .evidence("EV-1", e -> e.problemId("PRB-1").kind(EvidenceKind.PHOTO_BEFORE)
                        .capturedAt(at("2018-03-10T10:00:00+08:00")).submittedOn(date("2018-03-12")))
                .evidence("EV-2", e -> e.problemId("PRB-1").kind(EvidenceKind.PHOTO_AFTER)
                        .capturedAt(at("2018-05-28T16:00:00+08:00")).submittedOn(date("2018-05-29")))
                .lookBack("INS-1", date("2018-06-15"), "PRB-1", LookBackOutcome.HELD);
    }

    static Assessment asOf(CaseDraft story, String date) {
        return Verify.assess(story.build(), LocalDate.parse(date));
    }

    static Set<String> rulesAbout(Assessment a, String subjectId) {
        return a.findings().stream().filter(f -> f.subjectId().equals(subjectId)).map(Finding::ruleId)
                .collect(Collectors.toSet());
    }

    static CloseOutStatus closeOut(Assessment a, String problemId) {
        return a.closeOut().stream().filter(c -> c.problemId().equals(problemId)).findFirst().orElse(null);
    }

    @Test
    void a_problem_walks_from_survey_to_close_out() {
        CaseDraft story = outfallLifecycle();

        Assessment surveyed = asOf(story, "2018-04-01");
        assertThat(rulesAbout(surveyed, "PRB-1")).contains("ZN-01").doesNotContain("PRB-01", "CLO-10", "CLO-12");
        assertThat(closeOut(surveyed, "PRB-1")).as("not rectified as of D: not on the close-out list").isNull();

        Assessment rectified = asOf(story, "2018-06-01");
        assertThat(rulesAbout(rectified, "PRB-1")).doesNotContain("ZN-01", "PRB-01", "CLO-12");
        assertThat(closeOut(rectified, "PRB-1").unmet()).containsExactly("CLO-04");

        Assessment lookedBack = asOf(story, "2018-06-20");
        assertThat(closeOut(lookedBack, "PRB-1").eligible()).isTrue();
        assertThat(rulesAbout(lookedBack, "PRB-1")).contains("CLO-12");

        Assessment closed = asOf(story, "2018-07-01");
        assertThat(closeOut(closed, "PRB-1").eligible()).isTrue();
        assertThat(rulesAbout(closed, "PRB-1")).doesNotContain("ZN-01", "CLO-10", "CLO-11", "CLO-12", "PRB-04");
    }

    @Test
    void a_close_out_without_the_look_back_is_caught() {
        CaseDraft rushed = outfallLifecycle().withoutInspection("INS-1");
        Assessment closed = asOf(rushed, "2018-07-01");
        assertThat(closeOut(closed, "PRB-1").unmet()).containsExactly("CLO-04");
        assertThat(rulesAbout(closed, "PRB-1")).contains("CLO-10");
    }

    /** SD-A reports May on the 25th and June on the 24th (both late), is criticised on 2018-07-05, then skips July. */
    static CaseDraft laggingSubDistrict() {
        return AccountabilityRulesTest.report(AccountabilityRulesTest.report(CaseFiles.healthy(),
                        "MR-05", "SD-A", "2018-05", "2018-05-25"), "MR-06", "SD-A", "2018-06", "2018-06-24")
                .add(AccountabilityRecord.builder().id("ACC-2018-01").targetUnitId("SD-A")
                        .measure(AccountabilityMeasure.CIRCULATED_CRITICISM).reason(AccountabilityReason.POOR_PERFORMANCE)
                        .decidedOn(date("2018-07-05")).basis("5、6月月报迟报").build());
    }

    static AccountabilityTrigger poorPerformance(Assessment a) {
        return a.accountability().stream().filter(t -> t.ruleId().equals("ACC-02")).findFirst().orElse(null);
    }

    @Test
    void a_sub_district_walks_from_late_reports_to_criticism_to_public_interview() {
        CaseDraft story = laggingSubDistrict();

        Assessment afterTwoLateReports = asOf(story, "2018-07-01");
        assertThat(afterTwoLateReports.findings("RPT-02")).extracting(Finding::subjectId).containsExactly("MR-05", "MR-06");
        assertThat(poorPerformance(afterTwoLateReports).measure()).isEqualTo(AccountabilityMeasure.CIRCULATED_CRITICISM);

        Assessment criticismBeingHandled = asOf(story, "2018-08-01");
        assertThat(criticismBeingHandled.findings("RPT-01")).extracting(Finding::ref).containsExactly("2018-07");
        assertThat(poorPerformance(criticismBeingHandled)).isNull();

        Assessment thirtyDaysLater = asOf(story, "2018-08-04");
        assertThat(poorPerformance(thirtyDaysLater).measure()).isEqualTo(AccountabilityMeasure.PUBLIC_INTERVIEW);
        assertThat(poorPerformance(thirtyDaysLater).basis()).contains("SD-A", "MR-05", "MR-06");
    }

    @Test
    void the_bundled_sample_inside_the_campaign_yields_findings_from_every_family() throws Exception {
        CaseFile sample = CaseFiles.sample();
        Assessment a = Verify.assess(sample, LocalDate.of(2018, 12, 10));
        Map<String, List<String>> families = new TreeMap<>(Map.ofEntries(
                Map.entry("划立 zones and marking", List.of("ZON-", "SGN-", "ISO-")),
                Map.entry("治 forbidden activities", List.of("ZN-")),
                Map.entry("监控 monitoring", List.of("MON-")),
                Map.entry("风险 risk", List.of("RSK-")),
                Map.entry("管理 management", List.of("MGT-", "FMT-")),
                Map.entry("整改 problems and plans", List.of("PRB-", "PLN-")),
                Map.entry("销号 close-out", List.of("CLO-")),
                Map.entry("报送 reports and disclosure", List.of("RPT-", "DIS-")),
                Map.entry("佐证 evidence", List.of("EVD-")),
                Map.entry("水质 water quality", List.of("WQ-")),
                Map.entry("缺项 missing data", List.of("DAT-"))));
        families.forEach((family, prefixes) -> assertThat(a.findings())
                .as(family).anyMatch(f -> prefixes.stream().anyMatch(f.ruleId()::startsWith)));
        assertThat(a.accountability()).extracting(AccountabilityTrigger::ruleId)
                .contains("ACC-01", "ACC-02", "ACC-03", "ACC-04");
        assertThat(a.closeOut()).anyMatch(CloseOutStatus::eligible).anyMatch(c -> !c.eligible());
        assertThat(a.waterQuality()).hasSize(sample.samples().size());
    }
}
