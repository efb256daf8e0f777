package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code main} starts loading the bundled rules before it parses the command line exactly for the commands that
 * will assess with them: every command that runs with {@code --rules}, when it is not given.
 */
class RulesOptionTest {

    @Test
    void the_rules_start_loading_early_for_every_command_that_has_the_rules_option_and_no_other() {
        List<String> assessing = new ArrayList<>();
        commands(Cli.commandLine(new Main()).getCommandSpec()).filter(c -> c.subcommands().isEmpty()).forEach(command -> {
            List<String> words = words(command);
            boolean hasRules = command.mixins().values().stream().anyMatch(m -> m.userObject() instanceof RulesOption)
                    || command.mixins().values().stream().flatMap(m -> m.mixins().values().stream())
                            .anyMatch(m -> m.userObject() instanceof RulesOption);
            assertThat(RulesOption.assessesWithBundledRules(words)).as(String.join(" ", words)).isEqualTo(hasRules);
            if (hasRules) {
                assessing.add(String.join(" ", words));
            }
        });
        assertThat(assessing).contains("assess", "report lookback", "report check", "report consolidate",
                "report findings", "disclose", "demo", "ledger export", "ledger import", "rules list");
    }

    @Test
    void not_when_the_command_line_gives_its_own_rules_or_asks_for_help() {
        assertThat(RulesOption.assessesWithBundledRules(List.of("assess", "c.json", "--as-of", "2018-12-10"))).isTrue();
        assertThat(RulesOption.assessesWithBundledRules(List.of("assess", "c.json", "--rules", "local"))).isFalse();
        assertThat(RulesOption.assessesWithBundledRules(List.of("assess", "c.json", "--rules=local"))).isFalse();
        assertThat(RulesOption.assessesWithBundledRules(List.of("assess", "--help"))).isFalse();
        assertThat(RulesOption.assessesWithBundledRules(List.of("validate", "c.json"))).isFalse();
        assertThat(RulesOption.assessesWithBundledRules(List.of("rules", "check", "local"))).isFalse();
        assertThat(RulesOption.assessesWithBundledRules(List.of())).isFalse();
    }

    private static Stream<CommandSpec> commands(CommandSpec root) {
        return root.subcommands().values().stream().map(CommandLine::getCommandSpec)
                .filter(c -> !c.name().equals("help"))
                .flatMap(c -> Stream.concat(Stream.of(c), commands(c)));
    }

    private static List<String> words(CommandSpec command) {
        List<String> words = new ArrayList<>();
        for (CommandSpec c = command; c.parent() != null; c = c.parent()) {
            words.add(0, c.name());
        }
        return words;
    }
}
