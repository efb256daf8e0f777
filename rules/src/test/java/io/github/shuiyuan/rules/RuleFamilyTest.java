package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleFamilyTest {

    @Test
    void every_bundled_rule_belongs_to_a_family_of_the_catalogue() {
        assertThat(RuleCatalogueTest.RULES).allSatisfy(rule ->
                assertThat(RuleFamily.of(rule.id())).as(rule.id()).isNotEqualTo(RuleFamily.OTHER));
    }

    @Test
    void a_family_is_known_by_the_prefix_before_the_dash() {
        assertThat(RuleFamily.of("SGN-02")).isEqualTo(RuleFamily.ZONING);
        assertThat(RuleFamily.of("ZN-11")).isEqualTo(RuleFamily.ACTIVITIES);
        assertThat(RuleFamily.of("ZNX-01")).isEqualTo(RuleFamily.OTHER);
        assertThat(RuleFamily.of("LOCAL")).isEqualTo(RuleFamily.OTHER);
        assertThat(RuleFamily.CLOSE_OUT.label()).isEqualTo("销号 · 整改销号");
    }
}
