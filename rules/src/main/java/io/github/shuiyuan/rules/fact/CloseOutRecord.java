package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem's close-out (销号) as recorded, read as of D: whether it overrode a failed look-back (an ACC-03
 * falsification signal) and with which units it was filed (备案, CLO-11). Rules reach it as
 * {@code ProblemState(closeOut.overFailedLookBack)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problem   the problem as recorded (filings after D already left out)
 * @param asOfDate  D
 * @param lookBacks the problem's look-backs dated on or before D, oldest first
 */
public record CloseOutRecord(Problem problem, LocalDate asOfDate, List<LookBack> lookBacks) {

    public CloseOutRecord {
        lookBacks = List.copyOf(lookBacks);
    }

    /** The close-out date when the problem is closed as of D, else null. */
    public @Nullable LocalDate date() {
        return problem.statusAsOf(asOfDate) == ProblemStatus.CLOSED ? problem.closedOn() : null;
    }

    /**
     * Closed as of D although its latest look-back on or before the close-out date found it back or never
     * fixed: a close-out that should not have happened.
     */
    public boolean isOverFailedLookBack() {
        return date() != null
                && LookBacks.latestOnOrBefore(lookBacks, problem.closedOn()).map(l -> l.outcome().isFailure()).orElse(false);
    }

    /** Of {@code unitIds}, those with no filing dated on or after the close-out and no undated filing either. */
    public List<String> unitsNotFiledWith(List<String> unitIds) {
        return unitIds.stream().filter(u -> !isFiledSinceClosed(u) && !hasUndatedFiling(u)).toList();
    }

    /** Of {@code unitIds}, those with no filing dated on or after the close-out but an undated one. */
    public List<String> unitsWithUndatedFiling(List<String> unitIds) {
        return unitIds.stream().filter(u -> !isFiledSinceClosed(u) && hasUndatedFiling(u)).toList();
    }

    private boolean isFiledSinceClosed(String unitId) {
        return problem.closedOn() != null && problem.filings().stream().anyMatch(f -> unitId.equals(f.unitId())
                && f.filedOn() != null && !f.filedOn().isBefore(problem.closedOn()));
    }

    private boolean hasUndatedFiling(String unitId) {
        return problem.filings().stream().anyMatch(f -> unitId.equals(f.unitId()) && f.filedOn() == null);
    }
}
