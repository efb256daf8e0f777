package io.github.shuiyuan.report;

import io.github.shuiyuan.rules.ProblemView;
import java.util.Collection;

/**
 * 已销号: every problem closed out as of the disclosure's date, whatever its progress class, split into 合规销号
 * (every close-out condition met as of the date) and 违规销号 (not, a relapse included).
 *
 * <p>Immutable and thread-safe.
 *
 * @param closed    已销号
 * @param compliant 合规销号
 * @param irregular 违规销号
 */
public record CloseOutCounts(int closed, int compliant, int irregular) {

    public CloseOutCounts {
        if (compliant + irregular != closed) {
            throw new IllegalArgumentException("合规 and 违规 do not add up to 已销号");
        }
    }

    /** The close-outs among these problems. */
    public static CloseOutCounts of(Collection<ProblemView> problems) {
        int closed = (int) problems.stream().filter(ProblemView::closed).count();
        int irregular = (int) problems.stream().filter(ProblemView::irregularlyClosed).count();
        return new CloseOutCounts(closed, closed - irregular, irregular);
    }
}
