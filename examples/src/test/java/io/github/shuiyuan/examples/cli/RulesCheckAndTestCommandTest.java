package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rules check} and {@code rules test}: output a rule author reads, and exit codes 0, 1, 2. */
class RulesCheckAndTestCommandTest {

    static final Path OVERLAY = Path.of("rules-overlay");
    static final Path SCENARIOS = OVERLAY.resolve("scenarios");

    /** A rule whose consequence calls a method that does not exist, on line 13. */
    static final String BROKEN = """
            // a rule with a mistake in its consequence
            package io.github.shuiyuan.rules;

            import io.github.shuiyuan.rules.fact.Emit;
            import io.github.shuiyuan.rules.fact.ProblemState;

            // fires for every unresolved problem
            rule "LOCAL-99 有错误的规则"
                @id("LOCAL-99") @title("有错误的规则") @clause("测试") @severity("MAJOR") @subjectType("PROBLEM")
            when
                $p : ProblemState(unresolved)
            then
                insertLogical(Emit.finding(drools, $p.idd(), null, $p.waterSourceId(), $p.unitId(), "不会编译"));
            end
            """;

    @TempDir
    Path dir;

    /** What a command run printed and returned. */
    record Run(int exitCode, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }

        String lastLine() {
            return lines().get(lines().size() - 1);
        }
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Cli.commandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path brokenOverlay() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), BROKEN);
        return rules;
    }

    @Test
    void check_prints_each_problem_at_its_file_and_line_and_exits_1() throws IOException {
        Run run = run(new RulesCheckCommand(), brokenOverlay().toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(run.lines().get(0)).startsWith("broken.drl:13: ").contains("idd()", "[COMPILE]");
        assertThat(run.lastLine()).contains("发现1处问题", "[RULES_INVALID]");
    }

    @Test
    void check_of_a_clean_folder_says_so_and_exits_0() {
        Run run = run(new RulesCheckCommand(), OVERLAY.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.OK);
        assertThat(run.lastLine()).contains("检查通过", "[OK]");
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).startsWith("local-cage-aquaculture.drl：新增"))
                .anySatisfy(l -> assertThat(l).contains("[LOADED]"));
    }

    @Test
    void check_refuses_a_rule_file_in_a_subfolder_instead_of_passing_without_loading_it() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules").resolve("sub").resolve("zoning"));
        Files.copy(OVERLAY.resolve("local-cage-aquaculture.drl"), rules.resolve("x.drl"));
        Run run = run(new RulesCheckCommand(), dir.resolve("rules").toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(run.lines().get(0)).startsWith("sub/zoning/x.drl: ").contains("[OVERLAY_SUBFOLDER]");
        assertThat(run.lastLine()).contains("[RULES_INVALID]");
    }

    @Test
    void check_of_a_missing_folder_exits_2() {
        Run run = run(new RulesCheckCommand(), dir.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("[DIR_NOT_FOUND]");
        assertThat(run(new RulesCheckCommand()).exitCode()).as("no DIR").isEqualTo(Cli.USAGE);
    }

    @Test
    void test_of_passing_scenarios_prints_the_counts_alone_on_the_last_line_and_exits_0() {
        Run run = run(new RulesTestCommand(), SCENARIOS.toString(), "--rules", OVERLAY.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.OK);
        assertThat(run.lines()).containsExactly("3 passed, 0 failed");
    }

    @Test
    void test_prints_one_line_per_failing_scenario_and_exits_1() {
        Run run = run(new RulesTestCommand(), SCENARIOS.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(0)).startsWith("second-zone-open-farm.json（").contains("LOCAL-01", "[EXPECTED_PRESENT]");
        assertThat(run.lastLine()).isEqualTo("2 passed, 1 failed");
    }

    @Test
    void test_only_some_rules_checks_the_expectations_about_them_and_refuses_an_unknown_id() throws IOException {
        Run run = run(new RulesTestCommand(), SCENARIOS.toString(), "--rules", OVERLAY.toString(), "--only", "LOCAL-01");
        assertThat(run.exitCode()).isEqualTo(Cli.OK);
        assertThat(run.lastLine()).isEqualTo("3 passed, 0 failed");

        Path scenarios = Files.createDirectories(dir.resolve("only"));
        Files.writeString(scenarios.resolve("wrong.json"), Files.readString(SCENARIOS.resolve("second-zone-open-farm.json"))
                .replace("\"severity\": \"CRITICAL\"", "\"severity\": \"MINOR\""));
        Files.createDirectories(scenarios.resolve("cases"));
        for (Path c : Files.list(SCENARIOS.resolve("cases")).toList()) {
            Files.copy(c, scenarios.resolve("cases").resolve(c.getFileName()));
        }
        Run wrong = run(new RulesTestCommand(), scenarios.toString(), "--rules", OVERLAY.toString(), "--only", "LOCAL-01");
        assertThat(wrong.exitCode()).isEqualTo(Cli.INVALID);

        Run unknown = run(new RulesTestCommand(), SCENARIOS.toString(), "--only", "ZN-99");
        assertThat(unknown.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(unknown.err()).contains("only(\"ZN-99\")", "[UNKNOWN_RULE_ID]");
    }

    @Test
    void a_wrong_expectation_fails_the_run() throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(SCENARIOS.resolve("second-zone-open-farm.json"), scenarios.resolve("wrong.json"));
        Files.writeString(scenarios.resolve("wrong.json"),
                Files.readString(scenarios.resolve("wrong.json")).replace("\"severity\": \"CRITICAL\"", "\"severity\": \"MINOR\""));
        Run run = run(new RulesTestCommand(), scenarios.toString(), "--rules", OVERLAY.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(0)).startsWith("wrong.json（").contains("\"severity\":\"MINOR\"");
        assertThat(run.lastLine()).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void test_exits_2_when_the_overlay_does_not_compile_or_a_folder_is_missing() throws IOException {
        Run broken = run(new RulesTestCommand(), SCENARIOS.toString(), "--rules", brokenOverlay().toString());
        assertThat(broken.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(broken.err()).contains("broken.drl:13: ", "[RULES_INVALID]");
        assertThat(broken.out()).isEmpty();

        assertThat(run(new RulesTestCommand(), dir.resolve("none").toString()).exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run(new RulesTestCommand(), SCENARIOS.toString(), "--rules", dir.resolve("none").toString()).exitCode())
                .isEqualTo(Cli.USAGE);
        Run empty = run(new RulesTestCommand(), Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(empty.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(empty.err()).contains("[NO_SCENARIOS]");
    }
}
