package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A problem's rectification as of D and the look-backs since it: what the close-out condition on look-backs
 * (CLO-04) and the look-back duty (PRB-03) read. Rules reach it as {@code ProblemState(rectified, !rectification.held)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problem   the problem as recorded
 * @param asOfDate  D
 * @param lookBacks the problem's look-backs dated on or before D, oldest first
 */
public record Rectification(Problem problem, LocalDate asOfDate, List<LookBack> lookBacks) {

    public Rectification {
        lookBacks = List.copyOf(lookBacks);
    }

    /** The rectification date when it is on or before D, else null: a rectification recorded for after D has not happened. */
    public @Nullable LocalDate date() {
        LocalDate on = problem.rectifiedOn();
        return on != null && !on.isAfter(asOfDate) ? on : null;
    }

    /** The latest look-back dated on or after the rectification date (and on or before D). */
    public Optional<LookBack> latestLookBack() {
        return LookBacks.latestSince(lookBacks, problem.rectifiedOn(), asOfDate);
    }

    /** Whether some look-back dated on or after the rectification date covers the problem. */
    public boolean isLookedBack() {
        return latestLookBack().isPresent();
    }

    /** CLO-04: the latest look-back since the rectification found the problem held (未反弹). */
    public boolean isHeld() {
        return latestLookBack().map(l -> l.outcome() == LookBackOutcome.HELD).orElse(false);
    }

    /** What the latest look-back since the rectification found, or null when none was made. */
    public @Nullable LookBackOutcome outcome() {
        return latestLookBack().map(LookBack::outcome).orElse(null);
    }
}
