package io.github.shuiyuan.rules;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a rule found: which rule (id, title, legal clause, severity), about what (subject type and
 * id, and {@code ref} when one subject can fail a rule more than once: a period, a milestone, a blocked
 * rule id), where (source, responsible unit), and a Chinese sentence that names the facts.
 */
public record Finding(
        String ruleId,
        String title,
        String clause,
        Severity severity,
        SubjectType subjectType,
        String subjectId,
        String ref,
        String waterSourceId,
        String unitId,
        String message) {

    /** The output order: rule id, subject id, then ref (absent first). */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::subjectId)
            .thenComparing(Finding::ref, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(message, "message");
    }

    /** The identity of a finding: a rule never repeats itself for the same subject and ref. */
    public String key() {
        return ruleId + '\u0000' + subjectId + '\u0000' + (ref == null ? "" : ref);
    }
}
