package io.github.shuiyuan.rules;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one rule scenario: its file, its name (null when the file is not a valid scenario and has
 * none) and, when it failed, why — one Chinese sentence per unmet expectation (what was expected, what was
 * found), each ending in an English code.
 *
 * <p>Immutable and thread-safe.
 */
public record ScenarioResult(Path file, @Nullable String name, List<String> failures) {

    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** One line for people (line breaks inside messages made spaces): {@code fires.json（场景名）：failure；failure}. */
    public String describe() {
        String label = file.getFileName() + (name == null ? "" : "（" + name + "）");
        String text = passed() ? label + "：通过" : label + "：" + String.join("；", failures);
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
