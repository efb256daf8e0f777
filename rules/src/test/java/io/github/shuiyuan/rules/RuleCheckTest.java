package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code rules check}: compile errors and broken authoring rules, each at its file and real line. */
class RuleCheckTest {

    @TempDir
    Path dir;

    /** A well-formed overlay rule; {@code %s} stand for the metadata, the condition and the consequence. */
    static final String RULE = """
            // an overlay rule for the tests
            package io.github.shuiyuan.rules;

            import io.github.shuiyuan.rules.fact.Emit;
            import io.github.shuiyuan.rules.fact.ProblemState;
            import io.github.shuiyuan.rules.fact.Thresholds;

            // fires for every unresolved problem
            rule "LOCAL-09 测试规则"
                %s
            when
                $p : ProblemState(%s)
                $t : Thresholds()
            then
                %s
            end
            """;

    static final String META = "@id(\"LOCAL-09\") @title(\"测试\") @clause(\"测试条例\") @severity(\"MAJOR\") @subjectType(\"PROBLEM\")";
    static final String EMIT = "insertLogical(Emit.finding(drools, $p.id(), null, $p.waterSourceId(), $p.unitId(), \"测试\"));";

    static String rule(String meta, String condition, String consequence) {
        return RULE.formatted(meta, condition, consequence);
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<RuleProblem> check() {
        try {
            return RuleCheck.check(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line of {@code text} containing {@code fragment}. */
    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }

    @Test
    void the_bundled_rules_have_no_problem() {
        assertThat(RuleCheck.check()).isEmpty();
    }

    @Test
    void a_clean_overlay_rule_has_no_problem() {
        write("local.drl", rule(META, "unresolved", EMIT));
        assertThat(check()).isEmpty();
    }

    @Test
    void a_salience_is_refused_at_its_line_because_rules_must_not_depend_on_firing_order() {
        String text = rule(META + "\n    salience 10", "unresolved", EMIT);
        write("local.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("local.drl:" + lineOf(text, "salience") + ": ");
            assertThat(p.code()).isEqualTo("ORDERING");
        });
    }

    @Test
    void a_plain_insert_is_refused_and_insert_logical_asked_for() {
        String text = rule(META, "unresolved", EMIT.replace("insertLogical(", "insert("));
        write("local.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "insert(Emit"));
            assertThat(p.code()).isEqualTo("PLAIN_INSERT");
            assertThat(p.message()).contains("insertLogical");
        });
    }

    @Test
    void a_compile_error_in_a_consequence_is_reported_at_its_own_line_not_the_rules() {
        String text = rule(META, "unresolved", "String a = \"x\";\n\n    insertLogical(Emit.finding(drools, $p.idd(), null, null, null, a));");
        write("broken.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("broken.drl:" + lineOf(text, "$p.idd()") + ": ");
            assertThat(p.message()).contains("LOCAL-09 测试规则", "idd()");
            assertThat(p.code()).isEqualTo("COMPILE");
        });
    }

    @Test
    void a_compile_error_in_a_condition_is_reported_at_its_line() {
        String text = rule(META, "unresolvedd", EMIT);
        write("broken.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.drl");
            assertThat(p.line()).isEqualTo(lineOf(text, "unresolvedd"));
            assertThat(p.code()).isEqualTo("UNKNOWN_FIELD");
            assertThat(p.message()).contains("unresolvedd").doesNotContain("\n");
        });
    }

    @Test
    void an_unknown_field_is_one_line_with_the_nearest_names_and_drools_text_after_the_hint() {
        String text = rule(META, "unresolved, problem.zoneLevl != null", EMIT);
        write("broken.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "zoneLevl"));
            assertThat(p.code()).isEqualTo("UNKNOWN_FIELD");
            assertThat(p.message()).startsWith("Problem 没有字段“zoneLevl”；是否应为“zoneLevel”").contains("— Drools：");
        });
    }

    @Test
    void a_problem_state_answer_that_moved_to_its_concern_is_named_with_where_it_lives_now() {
        String condition = rule(META, "unresolved, overdue", EMIT);
        write("broken.drl", condition);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(condition, "unresolved, overdue"));
            assertThat(p.code()).isEqualTo("UNKNOWN_FIELD");
            assertThat(p.message()).startsWith("ProblemState 没有字段“overdue”：它已移出 ProblemState，请改用“deadlines.overdue”");
        });
        String consequence = rule(META, "unresolved", EMIT.replace("\"测试\"", "$p.describe()"));
        write("broken.drl", consequence);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(consequence, "$p.describe()"));
            assertThat(p.code()).isEqualTo("COMPILE");
            assertThat(p.message()).contains("describe()").endsWith("describe() 已移出 ProblemState，请改用 ProblemWords.describe($p) [COMPILE]");
        });
        write("broken.drl", rule(META, "unresolved", EMIT.replace("\"测试\"", "$p.idd()")));
        assertThat(check()).singleElement().satisfies(p -> assertThat(p.message()).doesNotContain("已移出"));
    }

    @Test
    void an_unknown_type_names_the_import_it_needs() {
        String text = rule(META, "unresolved", EMIT).replace("$t : Thresholds()", "$t : Thresholds()\n    LookBack(problemId == $p.id)");
        write("broken.drl", text);
        assertThat(check()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_TYPE");
            assertThat(p.message()).contains("import io.github.shuiyuan.rules.fact.LookBack;");
        });
    }

    @Test
    void a_missing_closing_bracket_is_one_problem_at_the_bracket_with_a_chinese_hint() {
        String text = rule(META, "unresolved", EMIT).replace("$p : ProblemState(unresolved)", "$p : ProblemState(unresolved");
        write("broken.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "ProblemState(unresolved"));
            assertThat(p.code()).isEqualTo("UNBALANCED_BRACKETS");
            assertThat(p.message()).contains("括号不配对", "— Drools：");
        });
    }

    @Test
    void a_syntax_error_names_the_file_and_a_line_without_the_parsers_follow_up_noise() {
        String text = rule(META, "unresolved", EMIT).replace("end\n", "");
        write("broken.drl", text);
        assertThat(check()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("broken.drl");
            assertThat(p.line()).isPositive();
            assertThat(p.code()).isEqualTo("COMPILE");
            assertThat(p.message()).doesNotContain("null Package");
        });
    }

    @Test
    void a_rule_without_its_metadata_is_reported_at_its_declaration() {
        String text = rule("@id(\"LOCAL-09\") @title(\"测试\") @severity(\"MAJOR\")", "unresolved", EMIT);
        write("local.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "rule \"LOCAL-09"));
            assertThat(p.code()).isEqualTo("MISSING_METADATA");
            assertThat(p.message()).contains("缺少元数据 @clause、@subjectType；");
        });
    }

    @Test
    void a_severity_that_does_not_exist_is_bad_metadata() {
        write("local.drl", rule(META.replace("MAJOR", "HIGH"), "unresolved", EMIT));
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("BAD_METADATA");
            assertThat(p.message()).contains("HIGH", "CRITICAL");
        });
    }

    @Test
    void a_primary_id_already_used_by_a_bundled_rule_is_reported_in_the_overlay_file() {
        String text = rule(META.replace("LOCAL-09", "ZN-01"), "unresolved", EMIT);
        write("local.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("local.drl:" + lineOf(text, "rule \"LOCAL-09") + ": ");
            assertThat(p.code()).isEqualTo("DUPLICATE_ID");
            assertThat(p.message()).contains("ZN-01", "forbidden-in-zone.drl:");
        });
    }

    @Test
    void missing_data_companions_share_the_id_DAT_01_but_must_say_what_they_block() {
        String companion = "@id(\"DAT-01\") @blocks(\"ZN-01\") @title(\"缺少规则所需数据\") @clause(\"测试\") @severity(\"INFO\") @subjectType(\"PROBLEM\")";
        write("local.drl", rule(companion, "unresolved", "insertLogical(Emit.missing(drools, $p.id(), null, null, \"x\"));"));
        assertThat(check()).as("a second DAT-01 companion of ZN-01 under its own name").isEmpty();

        String text = rule(companion.replace("@blocks(\"ZN-01\") ", ""), "unresolved", EMIT);
        write("local.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "rule \"LOCAL-09"));
            assertThat(p.code()).isEqualTo("MISSING_METADATA");
            assertThat(p.message()).contains("@blocks");
        });
    }

    @Test
    void a_rule_name_already_declared_in_a_bundled_file_is_reported_in_the_overlay_file() {
        String text = rule(META, "unresolved", EMIT).replace("LOCAL-09 测试规则", "ZN-01 保护区内存在禁止的活动或设施");
        write("local.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("local.drl");
            assertThat(p.line()).isEqualTo(lineOf(text, "rule \"ZN-01"));
            assertThat(p.code()).isEqualTo("DUPLICATE_NAME");
        });
    }

    @Test
    void an_overlay_file_with_a_bundled_files_name_replaces_it_so_its_rules_are_no_duplicates() throws IOException {
        try (var in = RuleCheck.class.getResourceAsStream("/io/github/shuiyuan/rules/activities/forbidden-in-zone.drl")) {
            write("forbidden-in-zone.drl", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(check()).isEmpty();
    }

    @Test
    void imports_outside_the_rules_vocabulary_are_refused_at_their_line() {
        String text = rule(META, "unresolved", EMIT)
                .replace("import io.github.shuiyuan.rules.fact.Emit;", """
                        import io.github.shuiyuan.rules.fact.Emit;
                        import java.util.List;
                        import java.time.LocalDate;
                        import io.github.shuiyuan.core.source.ZoneLevel;
                        import io.github.shuiyuan.rules.Finding;
                        import java.io.File;
                        import io.github.shuiyuan.rules.ComplianceEngine;""");
        write("local.drl", text);
        assertThat(check()).extracting(RuleProblem::line, RuleProblem::code).containsExactly(
                tuple(lineOf(text, "java.io.File"), "FORBIDDEN_IMPORT"),
                tuple(lineOf(text, "ComplianceEngine"), "FORBIDDEN_IMPORT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "System.exit(1);",
        "Runtime.getRuntime().gc();",
        "new ProcessBuilder(\"ls\").start();",
        "Class.forName(\"java.lang.String\");",
        "$p.getClass().getDeclaredFields();",
        "java.lang.reflect.Array.newInstance(String.class, 1);",
        "java.nio.file.Files.delete(null);",
        "new java.io.File(\"x\").delete();",
        "new java.net.Socket(\"example.org\", 80);",
        "new java.net.URL(\"http://example.org\").openStream();",
        "new Thread(() -> {}).start();"
    })
    void consequences_that_exit_reflect_start_processes_or_touch_files_or_the_network_are_refused(String call) {
        String text = rule(META, "unresolved", call + "\n    " + EMIT);
        write("local.drl", text);
        assertThat(check()).filteredOn(p -> "FORBIDDEN_CALL".equals(p.code()))
                .isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.line()).isEqualTo(lineOf(text, call));
                    assertThat(p.message()).contains("LOCAL-09 测试规则");
                });
    }

    @Test
    void the_same_words_in_messages_and_comments_are_not_calls() {
        write("local.drl", rule(META, "unresolved", """
                // System.exit(1), Runtime, new File, Thread, URL: only words in a comment
                    insertLogical(Emit.finding(drools, $p.id(), null, null, null, "System.exit Runtime Files. Thread URL Socket"));"""));
        assertThat(check()).isEmpty();
    }

    @Test
    void a_threshold_the_configuration_lacks_is_refused_before_it_fails_an_assessment() {
        String text = rule(META, "unresolved", "if ($t.integer(\"sgn.minBoundaryMarkerz\") > 0) { " + EMIT + " }");
        write("local.drl", text);
        assertThat(check()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "minBoundaryMarkerz"));
            assertThat(p.code()).isEqualTo("UNKNOWN_THRESHOLD");
            assertThat(p.message()).contains("sgn.minBoundaryMarkerz", "thresholds.properties");
        });
        write("local.drl", rule(META, "unresolved", "if ($t.integer(\"sgn.minBoundaryMarkers\") > 0) { " + EMIT + " }"));
        assertThat(check()).isEmpty();
    }

    @Test
    void the_engine_refuses_what_the_check_refuses() {
        write("local.drl", rule(META, "unresolved", "System.exit(1);\n    " + EMIT));
        assertThatThrownBy(() -> ComplianceEngine.builder().rules(dir).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::code).contains("FORBIDDEN_CALL"));
    }

    @Test
    void a_problem_prints_as_file_line_message_and_knows_its_code() {
        RuleProblem problem = new RuleProblem("a.drl", 7, "规则编号重复 [DUPLICATE_ID]");
        assertThat(problem).hasToString("a.drl:7: 规则编号重复 [DUPLICATE_ID]");
        assertThat(problem.code()).isEqualTo("DUPLICATE_ID");
        assertThat(new RuleProblem("a.drl", 7, "没有代码").code()).isNull();
    }
}
