package io.github.shuiyuan.examples.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.examples.generate.CaseFileGenerator;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.RuleInfo;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain-Java floor finds exactly what the Drools rules find for its rule ids, so benchmarks compare like with like. */
class PlainJavaRulesTest {

    static ComplianceEngine engine;
    static ComplianceEngine subset;
    static PlainJavaRules plain;

    @BeforeAll
    static void build() throws Exception {
        engine = ComplianceEngine.builder().build();
        subset = RuleSubset.engine(union(PlainJavaRules.RULE_IDS, PlainJavaRules.CHAINED_ON));
        plain = new PlainJavaRules(engine.rules());
    }

    @ParameterizedTest(name = "{0} sources, seed {1}, as of {2}")
    @CsvSource({"40, 1, 2018-12-10", "40, 2, 2018-08-25", "60, 3, 2018-09-15", "25, 4, 2019-03-01"})
    void on_generated_provinces_it_finds_what_the_rules_find(int sources, long seed, LocalDate asOf) throws Exception {
        CaseFile file = generated(sources, seed);

        Assessment drools = engine.assess(file, asOf);
        PlainJavaRules.Result result = plain.evaluate(file, asOf);

        assertThat(result.findings()).isEqualTo(ofSubset(drools.findings()));
        assertThat(result.closeOut()).isEqualTo(drools.closeOut());
        assertThat(result.findings()).extracting(Finding::ruleId).contains("ZN-01", "ZN-02", "PRB-01", "MON-01");
        assertThat(result.closeOut()).anyMatch(c -> c.eligible()).anyMatch(c -> !c.eligible());
    }

    @Test
    void on_the_bundled_sample_it_finds_what_the_rules_find() throws Exception {
        CaseFile sample = CaseFiles.sample();
        LocalDate asOf = LocalDate.of(2018, 12, 10);

        PlainJavaRules.Result result = plain.evaluate(sample, asOf);

        Assessment drools = engine.assess(sample, asOf);
        assertThat(result.findings()).isEqualTo(ofSubset(drools.findings()));
        assertThat(result.closeOut()).isEqualTo(drools.closeOut());
    }

    @Test
    void the_subset_engine_has_only_these_rules_and_finds_the_same() throws Exception {
        CaseFile file = generated(30, 5);

        Assessment fromSubset = subset.assess(file, CaseFileGenerator.AS_OF);

        assertThat(subset.rules()).extracting(RuleInfo::id)
                .containsExactlyInAnyOrderElementsOf(union(PlainJavaRules.RULE_IDS, PlainJavaRules.CHAINED_ON));
        assertThat(ofSubset(fromSubset.findings())).isEqualTo(plain.evaluate(file, CaseFileGenerator.AS_OF).findings());
        assertThat(fromSubset.closeOut()).isEqualTo(engine.assess(file, CaseFileGenerator.AS_OF).closeOut());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Finding> ofSubset(List<Finding> findings) {
        return findings.stream().filter(f -> PlainJavaRules.RULE_IDS.contains(f.ruleId())).collect(Collectors.toList());
    }

    private static CaseFile generated(int sources, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseFileGenerator(sources, seed).write(out);
        return CaseFileJson.strict().read(new ByteArrayInputStream(out.toByteArray()));
    }
}
