package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A problem read as of D, with the answers the rules keep asking: its status as of D, whether it is
 * unresolved, its effective deadline, its look-backs, whether a plan lists it.
 *
 * @param problem     the problem as recorded (extensions and filings after D already left out)
 * @param asOfDate    D
 * @param lookBacks   the look-back results for this problem dated on or before D, oldest first
 * @param inPlan      whether some plan existing on D lists the problem
 */
public record ProblemState(Problem problem, LocalDate asOfDate, List<LookBack> lookBacks, boolean inPlan) {

    public ProblemState {
        lookBacks = lookBacks.stream().sorted(LookBack.LATEST).toList();
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

    /** Recorded RECTIFIED or CLOSED: the problems close-out looks at. */
    public boolean isRecordedRectified() {
        return problem.status() == ProblemStatus.RECTIFIED || problem.status() == ProblemStatus.CLOSED;
    }

    /** RECTIFIED or CLOSED as of D. */
    public boolean isRectified() {
        ProblemStatus s = status();
        return s == ProblemStatus.RECTIFIED || s == ProblemStatus.CLOSED;
    }

    /** The latest look-back on or before D (on the same day, the worse outcome). */
    public Optional<LookBack> latestLookBack() {
        return lookBacks.isEmpty() ? Optional.empty() : Optional.of(lookBacks.get(lookBacks.size() - 1));
    }

    /** The latest look-back on or before {@code day}. */
    public Optional<LookBack> latestLookBackOnOrBefore(LocalDate day) {
        return lookBacks.stream().filter(l -> !l.date().isAfter(day)).max(LookBack.LATEST);
    }

    /** The latest look-back dated on or after {@code day} (and on or before D). */
    public Optional<LookBack> latestLookBackSince(LocalDate day) {
        return day == null ? Optional.empty() : lookBacks.stream().filter(l -> !l.date().isBefore(day)).max(LookBack.LATEST);
    }

    /** Whether the latest look-back found the problem back or never fixed. */
    public boolean isLatestLookBackFailed() {
        return latestLookBack().map(l -> l.outcome().isFailure()).orElse(false);
    }

    /** Unresolved: OPEN or RECTIFYING as of D, or its latest look-back found it RECURRED or NOT_RECTIFIED. */
    public boolean isUnresolved() {
        ProblemStatus s = status();
        return s == ProblemStatus.OPEN || s == ProblemStatus.RECTIFYING || isLatestLookBackFailed();
    }

    /** The deadline in force on D (latest extension approved by D, else the original); null when unknown. */
    public LocalDate effectiveDeadline() {
        return problem.effectiveDeadline(asOfDate);
    }

    /** Whether some look-back dated on or after the rectification date covers the problem. */
    public boolean isLookedBackSinceRectified() {
        return latestLookBackSince(problem.rectifiedOn()).isPresent();
    }

    /** The latest look-back outcome, for messages ("未反弹" …), or null. */
    public String latestOutcomeLabel() {
        return latestLookBack().map(l -> l.outcome().label()).orElse(null);
    }

    /** The problem's serial number and description, for messages: {@code 问题序号3（…）}. */
    public String describe() {
        String text = problem.description() == null || problem.description().isBlank() ? problem.category().label() : problem.description();
        return "问题序号" + problem.serialNo() + "（" + text + "）";
    }

    /**
     * Closed as of D although its latest look-back on or before the close-out date found it back or never
     * fixed: a close-out that should not have happened (an ACC-03 falsification signal).
     */
    public boolean isClosedOverFailedLookBack() {
        return status() == ProblemStatus.CLOSED
                && latestLookBackOnOrBefore(problem.closedOn()).map(l -> l.outcome().isFailure()).orElse(false);
    }

    static Comparator<ProblemState> bySerial() {
        return Comparator.comparing(s -> s.problem().serialNo());
    }
}
