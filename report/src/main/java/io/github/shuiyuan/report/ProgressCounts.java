package io.github.shuiyuan.report;

import io.github.shuiyuan.rules.ProblemProgress;
import io.github.shuiyuan.rules.ProblemView;
import java.util.Collection;

/**
 * Problems by their one progress class as of the disclosure's date (a relapse wins over any recorded status).
 *
 * <p>Immutable and thread-safe.
 *
 * @param total        every problem identified on or before the date
 * @param recurred     反弹: the latest look-back found the problem back
 * @param notRectified 未整改到位: the latest look-back found it never fixed
 * @param done         已完成整治: rectified or closed, and no failed look-back since
 * @param rectifying   整治中
 * @param open         未整改
 */
public record ProgressCounts(int total, int recurred, int notRectified, int done, int rectifying, int open) {

    public ProgressCounts {
        if (recurred + notRectified + done + rectifying + open != total) {
            throw new IllegalArgumentException("the classes do not add up to the total");
        }
    }

    /** The counts of these problems. */
    public static ProgressCounts of(Collection<ProblemView> problems) {
        int[] n = new int[ProblemProgress.values().length];
        problems.forEach(p -> n[p.progress().ordinal()]++);
        return new ProgressCounts(problems.size(), n[ProblemProgress.RECURRED.ordinal()],
                n[ProblemProgress.NOT_RECTIFIED.ordinal()], n[ProblemProgress.DONE.ordinal()],
                n[ProblemProgress.RECTIFYING.ordinal()], n[ProblemProgress.OPEN.ordinal()]);
    }
}
