package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.testing.CaseDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An engine of some rules and what they chain on, for testing one rule at a time. */
class OnlyRulesTest {

    private static final LocalDate D = LocalDate.of(2018, 6, 25);

    private static Set<String> ids(ComplianceEngine engine) {
        return engine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    }

    @Test
    void one_rule_alone_with_its_missing_data_companions() throws Exception {
        ComplianceEngine engine = ComplianceEngine.builder().only("SGN-01").build();

        assertThat(engine.rules()).extracting(RuleInfo::id).containsOnly("SGN-01", "DAT-01");
        assertThat(engine.rules()).filteredOn(r -> !r.isPrimary()).extracting(RuleInfo::blocks).containsOnly("SGN-01");
        assertThat(engine.only()).containsExactly("SGN-01");
    }

    @Test
    void a_rule_comes_with_the_rules_whose_findings_it_reads() throws Exception {
        assertThat(ids(ComplianceEngine.builder().only("CLO-02").build())).contains("CLO-02", "EVD-02", "EVD-03")
                .doesNotContain("ZN-01", "CLO-03");
        assertThat(ids(ComplianceEngine.builder().only("ACC-04").build())).contains("ACC-04", "WQ-01", "WQ-02", "WQ-03")
                .doesNotContain("ACC-01", "PRB-01");
    }

    @Test
    void the_restricted_engine_finds_what_the_whole_rule_set_finds_for_those_rules() throws Exception {
        ComplianceEngine engine = ComplianceEngine.builder().only("CLO-12").build();
        CaseDraft closable = CloseOutRulesTest.closable();

        List<Finding> alone = engine.assess(closable.build(), D).findings().stream().filter(f -> f.ruleId()
                .equals("CLO-12")).toList();

        assertThat(alone).isNotEmpty().isEqualTo(Verify.assess(closable.build(), D).findings().stream()
                .filter(f -> f.ruleId().equals("CLO-12")).toList());
        assertThat(engine.assess(closable.withoutEvidence("EV-B").build(), D).findings())
                .as("CLO-12 chains on CLO-02, which is loaded with it").noneMatch(f -> f.ruleId().equals("CLO-12"));
    }

    @Test
    void an_id_no_rule_carries_is_refused_with_the_nearest_one() {
        assertThatThrownBy(() -> ComplianceEngine.builder().only("ZN-99").build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith("only(\"ZN-99\"): ")
                                .contains("[UNKNOWN_RULE_ID]")));
    }
}
