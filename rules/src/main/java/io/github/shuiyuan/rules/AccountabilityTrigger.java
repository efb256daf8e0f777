package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An accountability measure the rules call for: the target unit (and person where one is known), the
 * reason, the next measure on the ladder, and the subject ids of the findings behind it.
 *
 * <p>Immutable and thread-safe.
 */
public record AccountabilityTrigger(
        String ruleId,
        String targetUnitId,
        @Nullable String targetPersonId,
        AccountabilityReason reason,
        AccountabilityMeasure measure,
        List<String> basis) {

    public AccountabilityTrigger {
        basis = List.copyOf(basis);
    }
}
