package io.github.shuiyuan.rules;

import org.jspecify.annotations.Nullable;

/**
 * A rule as loaded: its id and metadata, the DRL rule name and the file it comes from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param blocks for a missing-data rule ({@code DAT-01}), the id of the rule it stands in for; else null
 * @param part   for one part of a rule written as several DRL rules, its part ({@code @part("basis")} gathers
 *               the basis of an accountability trigger; {@code @part("problems")} is the same check on a
 *               second subject kind); else null
 */
public record RuleInfo(String id, @Nullable String title, @Nullable String clause, @Nullable Severity severity,
                       @Nullable SubjectType subjectType, String ruleName, String sourceFile, @Nullable String blocks,
                       @Nullable String part) {

    /** Whether this is the one rule that carries its id (not a missing-data companion, not a part). */
    public boolean isPrimary() {
        return blocks == null && part == null;
    }
}
