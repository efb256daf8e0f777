package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The latest look-back on or before D (on the same day, the worse outcome). */
    public Optional<LookBack> latestLookBack() {
        return lookBacks.isEmpty() ? Optional.empty() : Optional.of(lookBacks.get(lookBacks.size() - 1));
    }

    /** The latest look-back on or before {@code day}. */
    public Optional<LookBack> latestLookBackOnOrBefore(LocalDate day) {
        // oldest first, date first: those on or before the day are a prefix, the latest of them its last
        for (int i = lookBacks.size() - 1; i >= 0; i--) {
            if (!lookBacks.get(i).date().isAfter(day)) {
                return Optional.of(lookBacks.get(i));
            }
        }
        return Optional.empty();
    }

    /** The latest look-back dated on or after {@code day} (and on or before D). */
    public Optional<LookBack> latestLookBackSince(LocalDate day) {
        // oldest first, date first: those on or after the day are a suffix, the latest of them the last look-back
        Optional<LookBack> latest = latestLookBack();
        return day == null || latest.isEmpty() || latest.get().date().isBefore(day) ? Optional.empty() : latest;
    }

    /** What the latest look-back since the rectification (and on or before D) found, or null when none was made. */
    public LookBackOutcome outcomeSinceRectified() {
        return latestLookBackSince(problem.rectifiedOn()).map(LookBack::outcome).orElse(null);
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

    /** Where the problem stands, for messages: its status as of D, and a failed look-back when there is one. */
    public String standing() {
        return status().label() + (isLatestLookBackFailed() ? "（回头看：" + latestOutcomeLabel() + "）" : "");
    }

    /** Which of the form's note-3 texts are blank, in Chinese: {@code 整治措施、取得的成效}; empty when both are filled. */
    public String blankRecords() {
        List<String> blank = new ArrayList<>();
        if (problem.measures() == null || problem.measures().isBlank()) {
            blank.add("整治措施");
        }
        if (problem.result() == null || problem.result().isBlank()) {
            blank.add("取得的成效");
        }
        return String.join("、", blank);
    }

    /** The problems' serial numbers in order, for messages: {@code 问题序号1、3}. */
    public static String serials(Collection<ProblemState> problems) {
        return "问题序号" + problems.stream().sorted(bySerial())
                .map(p -> String.valueOf(p.problem().serialNo())).collect(Collectors.joining("、"));
    }

    // 整改 · deadlines and extensions

    /**
     * Whether the deadline in force on D is known and has passed (it is strictly before D), and no
     * incomplete extension could have moved it.
     */
    public boolean isOverdue() {
        LocalDate deadline = effectiveDeadline();
        return deadline != null && deadline.isBefore(asOfDate) && incompleteExtensionField() == null;
    }

    /**
     * The field that keeps "overdue" from being judged: {@code deadline} when no deadline is known, an
     * extension's missing field when the known deadline has passed but that extension might have moved
     * it; null when the answer is known.
     */
    public String overdueGap() {
        LocalDate deadline = effectiveDeadline();
        if (deadline == null) {
            return "deadline";
        }
        return deadline.isBefore(asOfDate) ? incompleteExtensionField() : null;
    }

    /** The deadline in force the day before {@code extension} was approved (from the original and earlier extensions). */
    public LocalDate deadlineBefore(Extension extension) {
        return problem.effectiveDeadline(extension.approvedOn().minusDays(1));
    }

    /** The extensions approved after the deadline in force just before them had passed (事后延期). */
    public List<Extension> lateExtensions() {
        return problem.extensions().stream().filter(this::isLate).toList();
    }

    private boolean isLate(Extension extension) {
        if (extension.approvedOn() == null) {
            return false;
        }
        LocalDate before = deadlineBefore(extension);
        return before != null && extension.approvedOn().isAfter(before);
    }

    /**
     * The field that keeps an extension from being judged late or not: an extension's {@code approvedOn},
     * or the {@code deadline} when no deadline was in force before a dated extension; null when none is missing.
     */
    public String lateExtensionGap() {
        for (Extension e : problem.extensions()) {
            if (e.approvedOn() == null) {
                return "extensions[].approvedOn";
            }
            if (deadlineBefore(e) == null) {
                return "deadline";
            }
        }
        return null;
    }

    private String incompleteExtensionField() {
        for (Extension e : problem.extensions()) {
            if (e.approvedOn() == null) {
                return "extensions[].approvedOn";
            }
            if (e.newDeadline() == null) {
                return "extensions[].newDeadline";
            }
        }
        return null;
    }

    // 销号 · close-out conditions and filings

    /** Rectified on or before D. */
    public boolean isRectifiedByAsOf() {
        return problem.rectifiedOn() != null && !problem.rectifiedOn().isAfter(asOfDate);
    }

    /** CLO-04: the latest look-back dated on or after the rectification (and on or before D) found it held. */
    public boolean isHeldSinceRectified() {
        return latestLookBackSince(problem.rectifiedOn()).map(l -> l.outcome() == LookBackOutcome.HELD).orElse(false);
    }

    /** Of {@code unitIds}, those with no filing dated on or after {@code closedOn} and no undated filing either. */
    public List<String> unitsNotFiledWith(List<String> unitIds) {
        return unitIds.stream().filter(u -> !isFiledSinceClosed(u) && !hasUndatedFiling(u)).toList();
    }

    /** Of {@code unitIds}, those with no filing dated on or after {@code closedOn} but an undated one. */
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

    static Comparator<ProblemState> bySerial() {
        return Comparator.comparing(s -> s.problem().serialNo());
    }
}
