package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.testing.CaseFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code rules check}, {@code reload} and the builder refuse at the door instead of ignoring: overlay files
 * the engine would not load, thresholds of unknown keys or bad values, and references to rule ids no loaded rule
 * produces; and what they list and fingerprint.
 */
class OverlayDoorTest {

    @TempDir
    Path dir;

    private static final LocalDate D = LocalDate.of(2018, 6, 25);

    private Path write(String relative, String text) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }

    private static String bundled(String path) throws IOException {
        try (InputStream in = OverlayDoorTest.class.getResourceAsStream("/io/github/shuiyuan/rules/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String localRule() {
        return RuleCheckTest.rule(RuleCheckTest.META, "unresolved", RuleCheckTest.EMIT);
    }

    @Test
    void a_rule_file_in_a_subfolder_is_refused_with_its_path_not_silently_left_out() throws Exception {
        write("sub/zoning/x.drl", localRule());
        write("README.md", "说明");
        write("scenarios/a.json", "{}");

        List<RuleProblem> problems = RuleCheck.check(dir);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("sub/zoning/x.drl: ");
            assertThat(p.code()).isEqualTo("OVERLAY_SUBFOLDER");
        });
        assertThatThrownBy(() -> ComplianceEngine.builder().rules(dir).build())
                .isInstanceOf(RuleCompilationException.class);
    }

    @Test
    void an_upper_case_extension_and_a_misspelt_table_name_are_refused_and_the_near_name_suggested() throws Exception {
        write("local.DRL", localRule());
        write("threshold.properties", "sgn.minBoundaryMarkers=2\n");

        assertThat(RuleCheck.check(dir)).extracting(RuleProblem::file, RuleProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("local.DRL", "OVERLAY_FILE_NAME"),
                org.assertj.core.groups.Tuple.tuple("threshold.properties", "OVERLAY_FILE_NAME"));
        assertThat(RuleCheck.check(dir).get(1).message()).contains("thresholds.properties");
    }

    @Test
    void reload_refuses_what_check_refuses_and_keeps_the_rules_in_use() throws Exception {
        ComplianceEngine engine = ComplianceEngine.builder().build();
        String before = engine.ruleset().sha256();
        write("sub/x.drl", localRule());

        assertThatThrownBy(() -> engine.reload(dir)).isInstanceOfSatisfying(RuleCompilationException.class,
                e -> assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("OVERLAY_SUBFOLDER"));
        assertThat(engine.ruleset().sha256()).isEqualTo(before);
    }

    @Test
    void the_loaded_files_say_which_are_bundled_which_replace_a_bundled_one_and_which_are_added() throws Exception {
        write("local.drl", localRule());
        write("thresholds.properties", bundled("thresholds.properties"));

        List<LoadedRuleFile> files = RuleCheck.files(dir);

        assertThat(files).filteredOn(f -> f.name().equals("local.drl")).singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo(LoadedRuleFile.Source.ADDED));
        assertThat(files).filteredOn(f -> f.name().equals("thresholds.properties")).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(LoadedRuleFile.Source.REPLACED);
            assertThat(f.replaces()).isEqualTo("thresholds.properties");
            assertThat(f.describe()).contains("替换内置");
        });
        assertThat(files).filteredOn(f -> f.name().equals("ladder.drl")).singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo(LoadedRuleFile.Source.BUNDLED));
        assertThat(OverlayEngines.build(dir).ruleFiles()).isEqualTo(files);
    }

    @Test
    void a_threshold_that_is_not_a_number_or_out_of_range_is_refused_at_its_line() throws Exception {
        String text = bundled("thresholds.properties").replace("sgn.minBoundaryMarkers=1", "sgn.minBoundaryMarkers=abc")
                .replace("mon.periodMonths.COUNTY=3", "mon.periodMonths.COUNTY=5");
        write("thresholds.properties", text);

        assertThat(RuleCheck.check(dir)).extracting(RuleProblem::line, RuleProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RuleCheckTest.lineOf(text, "sgn.minBoundaryMarkers=abc"), "BAD_THRESHOLD"),
                org.assertj.core.groups.Tuple.tuple(RuleCheckTest.lineOf(text, "mon.periodMonths.COUNTY=5"), "BAD_THRESHOLD"));
    }

    @Test
    void a_misspelt_threshold_key_is_refused_with_the_key_it_probably_meant() throws Exception {
        write("thresholds.properties", bundled("thresholds.properties") + "sgn.minBoundaryMarker=2\n");

        assertThat(RuleCheck.check(dir)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_THRESHOLD");
            assertThat(p.message()).contains("sgn.minBoundaryMarkers");
        });
    }

    @Test
    void the_builder_refuses_a_bad_value_at_once_and_an_unknown_key_at_build() {
        assertThatThrownBy(() -> ComplianceEngine.builder().threshold("sgn.minBoundaryMarkers", "abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BAD_THRESHOLD");
        assertThatThrownBy(() -> ComplianceEngine.builder().threshold("sgn.minBoundaryMarker", "2").build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.toString())
                                .startsWith("threshold(\"sgn.minBoundaryMarker\"): ")));
    }

    @Test
    void threshold_overrides_are_part_of_the_fingerprint() throws Exception {
        String plain = ComplianceEngine.builder().build().ruleset().sha256();
        String two = ComplianceEngine.builder().threshold("sgn.minBoundaryMarkers", "2").build().ruleset().sha256();
        String twoAgain = ComplianceEngine.builder().threshold("sgn.minBoundaryMarkers", "2").build().ruleset().sha256();

        assertThat(two).isNotEqualTo(plain).isEqualTo(twoAgain);
    }

    @Test
    void a_zone_level_key_overrides_the_shared_one_for_that_level_only() throws Exception {
        ComplianceEngine strict = ComplianceEngine.builder().threshold("sgn.minBoundaryMarkers.SECOND", "8").build();
        // the base case has 4 markers in the first zone and 6 in the second; the shared minimum is 1
        Assessment a = strict.assess(CaseFiles.healthy().build(), D);

        assertThat(a.findings()).filteredOn(f -> f.ruleId().equals("SGN-01")).extracting(Finding::subjectId)
                .containsExactly("WS-A/SECOND");
        assertThat(Verify.assess(CaseFiles.healthy().build(), D).findings()).noneMatch(f -> f.ruleId().equals("SGN-01"));
    }

    @Test
    void a_pattern_on_findings_of_a_rule_id_no_rule_produces_is_refused() throws Exception {
        String text = RuleCheckTest.rule(RuleCheckTest.META, "unresolved", RuleCheckTest.EMIT)
                .replace("$t : Thresholds()", "exists Finding(ruleId == \"WQ-99\", subjectId == $p.id)");
        write("local.drl", text);

        assertThat(RuleCheck.check(dir)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(RuleCheckTest.lineOf(text, "WQ-99"));
            assertThat(p.code()).isEqualTo("UNKNOWN_RULE_ID");
            assertThat(p.message()).contains("WQ-99");
        });
    }

    @Test
    void renaming_a_rule_that_the_ladder_chains_on_is_refused_where_the_ladder_names_it() throws Exception {
        write("water-quality.drl", bundled("quality/water-quality.drl").replace("@id(\"WQ-02\")", "@id(\"WQ-22\")")
                .replace("rule \"WQ-02", "rule \"WQ-22"));

        assertThat(RuleCheck.check(dir)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_RULE_ID");
            assertThat(p.message()).contains("WQ-02");
        }).anySatisfy(p -> assertThat(p.file()).isEqualTo("ladder.drl"));
    }
}
