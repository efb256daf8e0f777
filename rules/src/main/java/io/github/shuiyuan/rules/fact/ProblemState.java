package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A problem read as of D: its status as of D, whether it is unresolved, its latest look-back, whether a plan
 * lists it. What the rules ask about one concern at a time hangs off it: {@link #deadlines()} (整改期限 and
 * extensions), {@link #rectification()} (the rectification and the look-backs since, for close-out) and
 * {@link #closeOut()} (the close-out as recorded and its filings). Its words in messages come from
 * {@link ProblemWords}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problem     the problem as recorded (extensions and filings after D already left out)
 * @param asOfDate    D
 * @param lookBacks   the look-back results for this problem dated on or before D, oldest first
 * @param inPlan      whether some plan existing on D lists the problem
 */
public record ProblemState(Problem problem, LocalDate asOfDate, List<LookBack> lookBacks, boolean inPlan) {

    public ProblemState {
        lookBacks = lookBacks.size() < 2 ? List.copyOf(lookBacks) : lookBacks.stream().sorted(LookBack.LATEST).toList();
    }

    public String id() {
        return problem.id();
    }

    public String waterSourceId() {
        return problem.waterSourceId();
    }

    public String unitId() {
        return problem.responsibleUnitId();
    }

    /** The status as of D: CLOSED and RECTIFIED count only once their dates have come. */
    public ProblemStatus status() {
        return problem.statusAsOf(asOfDate);
    }

    /** The status as recorded in the case file. */
    public ProblemStatus recordedStatus() {
        return problem.status();
    }

    /** RECTIFIED or CLOSED as of D: the problems close-out looks at. */
    public boolean isRectified() {
        ProblemStatus s = status();
        return s == ProblemStatus.RECTIFIED || s == ProblemStatus.CLOSED;
    }

    /** Unresolved: OPEN or RECTIFYING as of D, or its latest look-back found it RECURRED or NOT_RECTIFIED. */
    public boolean isUnresolved() {
        ProblemStatus s = status();
        return s == ProblemStatus.OPEN || s == ProblemStatus.RECTIFYING || isLatestLookBackFailed();
    }

    /** The latest look-back on or before D (on the same day, the worse outcome). */
    public Optional<LookBack> latestLookBack() {
        return LookBacks.latestOnOrBefore(lookBacks, asOfDate);
    }

    /** Whether the latest look-back found the problem back or never fixed. */
    public boolean isLatestLookBackFailed() {
        return latestLookBack().map(l -> l.outcome().isFailure()).orElse(false);
    }

    /** Its deadline in force on D, whether that has passed, and its extensions (整改期限). */
    public ProblemDeadlines deadlines() {
        return new ProblemDeadlines(problem, asOfDate);
    }

    /** Its rectification as of D and the look-backs since: what close-out reads of it. */
    public Rectification rectification() {
        return new Rectification(problem, asOfDate, lookBacks);
    }

    /** Its close-out as recorded, read as of D: whether it overrode a failed look-back, with whom it was filed. */
    public CloseOutRecord closeOut() {
        return new CloseOutRecord(problem, asOfDate, lookBacks);
    }
}
