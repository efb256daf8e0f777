package io.github.shuiyuan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleProblem;
import io.github.shuiyuan.testing.CaseFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.definition.KiePackage;

/**
 * The bundled rules as the build compiled them (Drools' executable model) are the same rule set as the bundled
 * DRL compiled at run time: same rules with the same metadata, files and lines, same fingerprint, and the same
 * assessment byte for byte. Generated provinces are compared in the examples module, which generates them.
 */
class PrebuiltRulesTest {

    static CompiledRules prebuilt;
    static CompiledRules fromDrl;
    static CaseFile sample;

    @BeforeAll
    static void load() throws Exception {
        prebuilt = bundled(Map.of());
        fromDrl = fromDrl(Map.of());
        sample = CaseFiles.sample();
    }

    @Test
    void the_bundled_rules_load_as_the_build_compiled_them_and_describe_themselves_alike() {
        assertThat(prebuilt.prebuilt()).isTrue();
        assertThat(fromDrl.prebuilt()).isFalse();
        assertThat(prebuilt.info()).isEqualTo(fromDrl.info());
        assertThat(prebuilt.rules()).hasSizeGreaterThan(90).isEqualTo(fromDrl.rules());
        assertThat(prebuilt.rules()).allSatisfy(r -> assertThat(r.sourceFile()).endsWith(".drl"));
    }

    @Test
    void the_generated_classes_stay_out_of_the_public_packages() {
        assertThat(rulePackages(prebuilt)).containsExactly(PrebuiltRules.PACKAGE);
        assertThat(rulePackages(fromDrl)).containsExactly("io.github.shuiyuan.rules");
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2018-05-31", "2018-08-25", "2018-12-10", "2019-03-01", "2019-12-31"})
    void both_assess_the_sample_byte_for_byte_alike(LocalDate asOf) {
        assertThat(json(prebuilt, sample, asOf)).isEqualTo(json(fromDrl, sample, asOf));
    }

    @Test
    void threshold_overrides_apply_to_the_prebuilt_rules_as_to_the_drl() {
        Map<String, String> stricter = Map.of("sgn.warningSignsPerCrossing", "9");
        LocalDate asOf = LocalDate.of(2018, 12, 10);
        CompiledRules overridden = bundled(stricter);
        assertThat(overridden.prebuilt()).isTrue();
        assertThat(json(overridden, sample, asOf)).isEqualTo(json(fromDrl(stricter), sample, asOf))
                .isNotEqualTo(json(prebuilt, sample, asOf));
    }

    @Test
    void the_prebuilt_rules_serve_only_the_files_they_were_made_from(@TempDir Path overlay) throws Exception {
        assertThat(PrebuiltRules.load(RuleFiles.bundled())).isNotNull();
        Files.writeString(overlay.resolve("ruleset.properties"), "name=local\nversion=2\n");
        assertThat(PrebuiltRules.load(RuleFiles.bundled().overlay(overlay))).isNull();
    }

    @Test
    void a_bundled_file_outside_the_rules_package_is_refused_at_build() {
        RuleFiles.RuleFile elsewhere = new RuleFiles.RuleFile("x.drl", "x.drl",
                "// header\npackage com.example;\n".getBytes(StandardCharsets.UTF_8), false);
        RuleFiles.RuleFile bundled = RuleFiles.bundled().drl().get(0);
        assertThat(PrebuiltRules.relocate(bundled)).contains("package " + PrebuiltRules.PACKAGE + ";")
                .doesNotContain("package io.github.shuiyuan.rules;");
        assertThatThrownBy(() -> PrebuiltRules.relocate(elsewhere))
                .hasMessageContaining("x.drl");
    }

    private static List<String> rulePackages(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream().filter(p -> !p.getRules().isEmpty())
                .map(KiePackage::getName).toList();
    }

    private static String json(CompiledRules rules, CaseFile file, LocalDate asOf) {
        return ComplianceEngine.toJson(new Assessor(rules).assess(file, asOf));
    }

    private static CompiledRules bundled(Map<String, String> overrides) {
        List<RuleProblem> problems = new ArrayList<>();
        CompiledRules rules = CompiledRules.bundled(overrides, problems);
        assertThat(problems).isEmpty();
        return rules;
    }

    private static CompiledRules fromDrl(Map<String, String> overrides) {
        List<RuleProblem> problems = new ArrayList<>();
        CompiledRules rules = CompiledRules.compile(RuleFiles.bundled(), overrides, problems);
        assertThat(problems).isEmpty();
        return rules;
    }
}
