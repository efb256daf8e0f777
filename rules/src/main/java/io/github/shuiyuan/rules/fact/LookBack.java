package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One look-back result (回头看) for a problem: the inspection, its date and what it found.
 *
 * <p>Immutable and thread-safe.
 */
public record LookBack(String inspectionId, String problemId, LocalDate date, LookBackOutcome outcome, @Nullable String unitId,
                       @Nullable String note) {

    /** Later first wins; on the same day the worse outcome (NOT_RECTIFIED, then RECURRED, then HELD). */
    public static final Comparator<LookBack> LATEST = Comparator.comparing(LookBack::date)
            .thenComparing(LookBack::outcome)
            .thenComparing(LookBack::inspectionId);
}
