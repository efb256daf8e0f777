package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.core.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem's deadlines as of D (整改期限): the deadline in force, whether it has passed, and extensions approved
 * after the deadline they moved had passed (事后延期). Rules reach it as {@code ProblemState(deadlines.overdue)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param problem  the problem as recorded (extensions after D already left out)
 * @param asOfDate D
 */
public record ProblemDeadlines(Problem problem, LocalDate asOfDate) {

    /** The deadline in force on D (latest extension approved by D, else the original); null when unknown. */
    public @Nullable LocalDate effective() {
        return problem.effectiveDeadline(asOfDate);
    }

    /**
     * Whether the deadline in force on D is known and has passed (it is strictly before D), and no
     * incomplete extension could have moved it.
     */
    public boolean isOverdue() {
        LocalDate deadline = effective();
        return deadline != null && deadline.isBefore(asOfDate) && incompleteExtensionField() == null;
    }

    /**
     * The field that keeps "overdue" from being judged: {@code deadline} when no deadline is known, an
     * extension's missing field when the known deadline has passed but that extension might have moved
     * it; null when the answer is known.
     */
    public @Nullable String overdueGap() {
        LocalDate deadline = effective();
        if (deadline == null) {
            return "deadline";
        }
        return deadline.isBefore(asOfDate) ? incompleteExtensionField() : null;
    }

    /** The deadline in force the day before {@code extension} was approved (from the original and earlier extensions). */
    public @Nullable LocalDate before(Extension extension) {
        return problem.effectiveDeadline(extension.approvedOn().minusDays(1));
    }

    /** The extensions approved after the deadline in force just before them had passed (事后延期). */
    public List<Extension> lateExtensions() {
        return problem.extensions().stream().filter(this::isLate).toList();
    }

    /**
     * The field that keeps an extension from being judged late or not: an extension's {@code approvedOn},
     * or the {@code deadline} when no deadline was in force before a dated extension; null when none is missing.
     */
    public @Nullable String lateExtensionGap() {
        for (Extension e : problem.extensions()) {
            if (e.approvedOn() == null) {
                return "extensions[].approvedOn";
            }
            if (before(e) == null) {
                return "deadline";
            }
        }
        return null;
    }

    private boolean isLate(Extension extension) {
        if (extension.approvedOn() == null) {
            return false;
        }
        LocalDate before = before(extension);
        return before != null && extension.approvedOn().isAfter(before);
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
}
