package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.ProblemStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem as it stands on the assessment's date D, the answers every consumer needs — the look-back form,
 * its check, the disclosure, the ledger, an integrator's own screens — so that none of them works them out again.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problemId         the problem's id
 * @param serialNo          its serial number on the master list (附表1)
 * @param waterSourceId     the source it lies in
 * @param unitId            the responsible unit
 * @param status            its status as of D: RECTIFIED and CLOSED count only once their dates have come
 * @param progress          its one progress class as of D (a failed latest look-back wins over any status)
 * @param unresolved        OPEN or RECTIFYING as of D, or its latest look-back found it back or never fixed
 * @param overdue           unresolved and the deadline in force on D is known and earlier than D (PRB-01)
 * @param rectifiedOn       the recorded rectification date when it is on or before D (whatever the status); null
 *                          otherwise
 * @param closedOn          the close-out date when the problem is closed as of D; null otherwise
 * @param deadline          the original deadline; null when the case file does not give one
 * @param effectiveDeadline the deadline in force on D (the latest extension approved on or before D, else the
 *                          original); null when unknown
 * @param inPlan            whether a plan existing on D lists the problem
 * @param latestLookBack    the latest look-back result on or before D (on the same day, the worse outcome); null
 *                          when none was made
 * @param closeOut          the close-out verdict when the problem is RECTIFIED or CLOSED as of D; null otherwise
 */
public record ProblemView(
        String problemId,
        int serialNo,
        String waterSourceId,
        String unitId,
        ProblemStatus status,
        ProblemProgress progress,
        boolean unresolved,
        boolean overdue,
        @Nullable LocalDate rectifiedOn,
        @Nullable LocalDate closedOn,
        @Nullable LocalDate deadline,
        @Nullable LocalDate effectiveDeadline,
        boolean inPlan,
        @Nullable LookBackRecord latestLookBack,
        @Nullable CloseOutStatus closeOut) {

    public ProblemView {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(progress, "progress");
    }

    /** 是否完成整治 as the forms write it: rectified on or before D and not unresolved (progress {@code DONE}). */
    public boolean done() {
        return progress == ProblemProgress.DONE;
    }

    /** Whether the problem is closed out (销号) as of D. */
    public boolean closed() {
        return status == ProblemStatus.CLOSED;
    }

    /** Whether it is rectified or closed as of D. */
    public boolean rectified() {
        return status == ProblemStatus.RECTIFIED || status == ProblemStatus.CLOSED;
    }

    /** Whether it may be closed out as of D: rectified or closed, and every close-out condition met. */
    public boolean closeOutEligible() {
        return closeOut != null && closeOut.eligible();
    }

    /** Closed as of D although it does not meet the close-out conditions: a 违规销号. */
    public boolean irregularlyClosed() {
        return closed() && !closeOutEligible();
    }

    /** The latest look-back made on or after the rectification (and on or before D). */
    public Optional<LookBackRecord> lookBackSinceRectified() {
        return latestLookBack == null || rectifiedOn == null || latestLookBack.date().isBefore(rectifiedOn)
                ? Optional.empty()
                : Optional.of(latestLookBack);
    }

    /**
     * The close-out conditions not met, in a clerk's words joined by {@code 、} ({@code 缺少整治后照片、回头看发现反弹});
     * empty when the problem is eligible or not rectified as of D.
     */
    public String unmetInWords() {
        if (closeOut == null || closeOut.eligible()) {
            return "";
        }
        LookBackOutcome since = lookBackSinceRectified().map(LookBackRecord::outcome).orElse(null);
        return CloseOutCondition.words(closeOut.unmet(), since);
    }
}
