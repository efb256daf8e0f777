package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The meta-test: every rule in the KieBase carries its metadata, primary ids are unique, and every id of the
 * catalogue is implemented and has tests named after it.
 */
class RuleCatalogueTest {

    static final List<RuleInfo> RULES = Verify.ENGINE.rules();

    static List<String> catalogue() throws IOException {
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/catalogue-ids.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void every_rule_carries_its_metadata() {
        assertThat(RULES).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.id()).isNotBlank();
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.clause()).isNotBlank();
            assertThat(rule.severity()).isNotNull();
            assertThat(rule.subjectType()).isNotNull();
            assertThat(rule.ruleName()).as("rule name starts with its id").startsWith(rule.blocks() != null ? rule.blocks() : rule.id());
            assertThat(rule.sourceFile()).endsWith(".drl");
        });
    }

    @Test
    void primary_ids_are_unique_and_missing_data_rules_name_the_rule_they_block() {
        Map<String, Long> primaries = RULES.stream().filter(RuleInfo::isPrimary)
                .collect(Collectors.groupingBy(RuleInfo::id, Collectors.counting()));
        assertThat(primaries).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        Set<String> ids = RULES.stream().map(RuleInfo::id).collect(Collectors.toSet());
        assertThat(RULES.stream().filter(r -> r.blocks() != null)).allSatisfy(r -> {
            assertThat(r.id()).isEqualTo("DAT-01");
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(ids).contains(r.blocks());
        });
    }

    @Test
    void the_close_out_condition_rules_carry_the_titles_of_their_one_home_close_out_condition() {
        List<RuleInfo> conditions = RULES.stream().filter(r -> r.isPrimary() && r.id().matches("CLO-0\\d")).toList();
        assertThat(conditions).extracting(RuleInfo::id).containsExactlyInAnyOrder("CLO-02", "CLO-03", "CLO-04", "CLO-05", "CLO-06");
        assertThat(conditions).allSatisfy(r -> assertThat(r.title()).isEqualTo(CloseOutCondition.fromId(r.id()).orElseThrow().title()));
    }

    @Test
    void rules_and_their_comments_cite_the_action_plan_by_its_number_never_as_the_seed() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> sources = files.filter(Files::isRegularFile).toList();
            assertThat(sources).isNotEmpty().allSatisfy(f -> assertThat(Files.readString(f))
                    .as("%s names a document readers do not know; cite 崇川政办发〔2018〕40号", f)
                    .doesNotContainIgnoringCase("the seed").doesNotContainIgnoringCase("seed's"));
        }
    }

    @Test
    void every_catalogue_id_is_implemented() throws IOException {
        Set<String> implemented = RULES.stream().map(RuleInfo::id).collect(Collectors.toSet());
        assertThat(implemented).containsAll(catalogue());
    }

    @Test
    void every_catalogue_id_has_tests_named_after_it() throws IOException {
        String tests = testSources();
        for (String id : catalogue()) {
            if (id.equals("DAT-01")) {
                continue;
            }
            String prefix = id.toLowerCase(Locale.ROOT).replace("-", "");
            assertThat(Pattern.compile("void\\s+" + prefix + "_").matcher(tests).find())
                    .as("a test method named %s_… for %s", prefix, id).isTrue();
            assertThat(tests).as("a test that references \"%s\"", id).contains("\"" + id + "\"");
        }
    }

    @Test
    void every_missing_data_companion_has_a_test() throws IOException {
        List<String> files = testFiles();
        RULES.stream().filter(r -> r.blocks() != null).map(RuleInfo::blocks).distinct().forEach(blocked ->
                assertThat(files).as("a test file using missingData(…) for \"%s\"", blocked)
                        .anyMatch(f -> f.contains("missingData(") && f.contains("\"" + blocked + "\"")));
    }

    private static String testSources() throws IOException {
        return String.join("\n", testFiles());
    }

    private static List<String> testFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            return files.filter(p -> p.toString().endsWith("Test.java"))
                    .filter(p -> !p.getFileName().toString().equals("RuleCatalogueTest.java"))
                    .map(RuleCatalogueTest::read)
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
