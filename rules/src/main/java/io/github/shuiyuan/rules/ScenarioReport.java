package io.github.shuiyuan.rules;

import java.util.List;

/**
 * The outcome of a folder of rule scenarios, in file-name order.
 *
 * <p>Immutable and thread-safe.
 */
public record ScenarioReport(List<ScenarioResult> results) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** The scenarios that failed. */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** The counts, as the last line of {@code rules test} prints them: {@code 3 passed, 0 failed}. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
