package io.github.shuiyuan.rules;

/**
 * A rule as loaded: its id and metadata, the DRL rule name and the file it comes from.
 *
 * @param blocks for a missing-data rule ({@code DAT-01}), the id of the rule it stands in for; else null
 * @param part   for one part of a rule written as several DRL rules, its part ({@code @part("basis")} gathers
 *               the basis of an accountability trigger; {@code @part("problems")} is the same check on a
 *               second subject kind); else null
 */
public record RuleInfo(String id, String title, String clause, Severity severity, SubjectType subjectType,
                       String ruleName, String sourceFile, String blocks, String part) {

    /** Whether this is the one rule that carries its id (not a missing-data companion, not a part). */
    public boolean isPrimary() {
        return blocks == null && part == null;
    }
}
