package io.github.shuiyuan.rules.fact;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An intermediate fact of the accountability rules: findings that count towards a trigger of
 * {@code ruleId} against {@code unitId}. {@code personId} is the responsible person of the problem behind
 * it, or null when the basis is not a problem (a report, a sample).
 *
 * <p>Immutable and thread-safe.
 */
public record AccountabilityBasis(String ruleId, String unitId, List<String> subjectIds, @Nullable String personId) {

    public AccountabilityBasis {
        subjectIds = List.copyOf(subjectIds);
    }

    /** A basis of one finding subject. */
    public static AccountabilityBasis of(String ruleId, String unitId, String subjectId, @Nullable String personId) {
        return new AccountabilityBasis(ruleId, unitId, List.of(subjectId), personId);
    }
}
