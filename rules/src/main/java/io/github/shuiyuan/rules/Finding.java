package io.github.shuiyuan.rules;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule found: which rule (id, title, legal clause, severity), about what (subject type and
 * id, and {@code ref} when one subject can fail a rule more than once: a period, a milestone, a blocked
 * rule id), where (source, responsible unit), and a Chinese sentence that names the facts.
 *
 * <p>Immutable and thread-safe.
 */
public record Finding(
        String ruleId,
        @Nullable String title,
        @Nullable String clause,
        Severity severity,
        @Nullable SubjectType subjectType,
        String subjectId,
        @Nullable String ref,
        @Nullable String waterSourceId,
        @Nullable String unitId,
        String message) {

    /**
     * The output order: rule id, subject id, then ref (absent first). Written out rather than chained from
     * {@code Comparator.comparing}: a province's assessment sorts a hundred thousand findings.
     */
    public static final Comparator<Finding> ORDER = Finding::compareInOrder;

    private static int compareInOrder(Finding a, Finding b) {
        int byRule = a.ruleId.compareTo(b.ruleId);
        if (byRule != 0) {
            return byRule;
        }
        int bySubject = a.subjectId.compareTo(b.subjectId);
        if (bySubject != 0) {
            return bySubject;
        }
        if (a.ref == null || b.ref == null) {
            return a.ref == null ? (b.ref == null ? 0 : -1) : 1;
        }
        return a.ref.compareTo(b.ref);
    }

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
