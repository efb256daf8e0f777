package io.github.shuiyuan.rules;

/** A rule as loaded: its id and metadata, the DRL rule name and the file it comes from. */
public record RuleInfo(String id, String title, String clause, Severity severity, SubjectType subjectType,
                       String ruleName, String sourceFile) {
}
