package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example {@code examples/rules-overlay}: a stricter province forbids cage farms in second-level zones (LOCAL-01). */
class OverlayExampleTest {

    static final Path OVERLAY = Path.of("../examples/rules-overlay");
    static final ComplianceEngine ENGINE = OverlayEngines.build(OVERLAY);
    static final LocalDate D = LocalDate.of(2018, 6, 25);

    static final CaseFile CAGE_FARM_IN_SECOND_ZONE = CaseFiles.healthy()
            .problem("PRB-1", 1, p -> p.category(ProblemCategory.CAGE_AQUACULTURE).zoneLevel(ZoneLevel.SECOND))
            .problem("PRB-2", 2, p -> p.category(ProblemCategory.CAGE_AQUACULTURE).zoneLevel(ZoneLevel.QUASI))
            .build();

    @Test
    void the_overlay_passes_the_check() throws IOException {
        assertThat(RuleCheck.check(OVERLAY)).isEmpty();
    }

    @Test
    void its_scenarios_pass_with_the_overlay() throws IOException {
        ScenarioReport report = new ScenarioRunner(ENGINE).run(OVERLAY.resolve("scenarios"));
        assertThat(report.failures()).extracting(ScenarioResult::describe).isEmpty();
        assertThat(report.summary()).isEqualTo("3 passed, 0 failed");
    }

    @Test
    void without_the_overlay_the_scenario_that_expects_LOCAL_01_fails() throws IOException {
        ScenarioReport report = new ScenarioRunner(Verify.ENGINE).run(OVERLAY.resolve("scenarios"));
        assertThat(report.summary()).isEqualTo("2 passed, 1 failed");
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.file().getFileName()).hasToString("second-zone-open-farm.json");
            assertThat(f.failures()).singleElement().asString().contains("LOCAL-01", "[EXPECTED_PRESENT]");
        });
    }

    @Test
    void local01_adds_findings_for_open_cage_farms_in_second_zones_and_changes_the_fingerprint() throws Exception {
        Assessment national = Verify.ENGINE.assess(CAGE_FARM_IN_SECOND_ZONE, D);
        Assessment local = ENGINE.assess(CAGE_FARM_IN_SECOND_ZONE, D);

        assertThat(national.findings("LOCAL-01")).isEmpty();
        assertThat(local.findings("LOCAL-01")).singleElement().satisfies(f -> {
            assertThat(f.subjectId()).isEqualTo("PRB-1");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.subjectType()).isEqualTo(SubjectType.PROBLEM);
            assertThat(f.clause()).contains("某省饮用水水源保护条例");
            assertThat(f.message()).contains("问题序号1", "网箱养殖", "二级保护区");
        });
        List<Finding> others = local.findings().stream().filter(f -> !f.ruleId().equals("LOCAL-01")).toList();
        assertThat(others).isEqualTo(national.findings());
        assertThat(local.ruleset().sha256()).isNotEqualTo(national.ruleset().sha256());
        assertThat(ENGINE.rules()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo("LOCAL-01");
            assertThat(r.sourceFile()).isEqualTo("local-cage-aquaculture.drl");
        });
    }
}
