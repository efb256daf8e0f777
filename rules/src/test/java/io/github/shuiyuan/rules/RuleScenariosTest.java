package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The default rule set's own scenarios ({@code src/test/resources/scenarios}), run as {@code rules test} runs them. */
class RuleScenariosTest {

    @Test
    void every_scenario_of_the_default_rule_set_passes() throws Exception {
        ScenarioReport report = new ScenarioRunner(Verify.ENGINE).run(folder("/scenarios"));
        assertThat(report.results()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(report.failures()).extracting(ScenarioResult::describe).isEmpty();
    }

    static Path folder(String resource) throws URISyntaxException {
        return Path.of(RuleScenariosTest.class.getResource(resource).toURI());
    }
}
