package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that assesses judges with the rules {@code --rules DIR} gives, as {@code assess} does: given a
 * folder whose rule does not compile, each one says so (exit 2, {@code file:line}) and writes nothing, where
 * with the bundled rules it would have run. (That the overlay's verdicts reach a document is shown by
 * {@code NeverOverAnInputTest}, whose workbook carries the overlay's LOCAL-01.)
 */
class RulesOnEveryAssessingCommandTest {

    @TempDir
    static Path dir;

    private static Path broken;
    private static Path form;
    private static Path ledger;

    @BeforeAll
    static void inputs() throws IOException {
        broken = Files.createDirectory(dir.resolve("broken"));
        Files.writeString(broken.resolve("local.drl"), """
                package io.github.shuiyuan.rules.local
                rule "LOCAL-99 unbalanced"
                    @id("LOCAL-99") @severity("MINOR") @clause("test")
                when
                    $s : io.github.shuiyuan.rules.fact.SourceFact( (inUse == true )
                then
                end
                """);
        form = dir.resolve("form.xlsx");
        ok(Run.of("report", "lookback", Run.SAMPLE.toString(), "--unit", "SD-RENGANG", "--as-of", "2018-12-10",
                "--out", form.toString()));
        ledger = dir.resolve("ledger.xlsx");
        ok(Run.of("ledger", "export", Run.SAMPLE.toString(), "--as-of", "2018-10-31", "--out", ledger.toString()));
    }

    private static void ok(Run run) {
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    static Stream<Arguments> commands() {
        String sample = Run.SAMPLE.toString();
        return Stream.of(
                Arguments.of("assess", List.of("assess", sample, "--as-of", "2018-12-10", "--out", "out.json")),
                Arguments.of("report lookback", List.of("report", "lookback", sample, "--unit", "SD-RENGANG",
                        "--as-of", "2018-12-10", "--out", "out.xlsx")),
                Arguments.of("report check", List.of("report", "check", "FORM", "--against", sample, "--period", "2018-11")),
                Arguments.of("report consolidate", List.of("report", "consolidate", "FORM", "--against", sample,
                        "--period", "2018-11", "--out", "out.xlsx")),
                Arguments.of("report findings", List.of("report", "findings", sample, "--as-of", "2018-12-10",
                        "--out", "out.xlsx")),
                Arguments.of("disclose", List.of("disclose", sample, "--period", "2018-11", "--published-on", "2018-11-28",
                        "--out", "out.html")),
                Arguments.of("demo", List.of("demo", "--out", "out")),
                Arguments.of("ledger export", List.of("ledger", "export", sample, "--as-of", "2018-10-31", "--out", "out.xlsx")),
                Arguments.of("ledger import", List.of("ledger", "import", "LEDGER", "--into", sample, "--out", "out.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void runs_with_the_bundled_rules_and_refuses_rules_that_do_not_compile(String name, List<String> args) throws IOException {
        Path work = Files.createTempDirectory(dir, "run");
        ok(Run.of(resolved(args, work, null)));
        Path refusedIn = Files.createTempDirectory(dir, "refused");
        Run run = Run.of(resolved(args, refusedIn, broken));
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("local.drl:", "[RULES_INVALID]").doesNotContain("\tat ");
        try (Stream<Path> written = Files.list(refusedIn)) {
            assertThat(written).as("nothing written").isEmpty();
        }
    }

    private static String[] resolved(List<String> args, Path work, Path rules) {
        List<String> all = new ArrayList<>();
        for (String arg : args) {
            all.add(switch (arg) {
                case "FORM" -> form.toString();
                case "LEDGER" -> ledger.toString();
                case "out.json", "out.xlsx", "out.html", "out" -> work.resolve(arg).toString();
                default -> arg;
            });
        }
        if (rules != null) {
            all.add("--rules");
            all.add(rules.toString());
        }
        return all.toArray(String[]::new);
    }
}
