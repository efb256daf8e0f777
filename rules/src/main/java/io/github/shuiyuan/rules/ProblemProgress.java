package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.ProblemStatus;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem stands as of a date, in exactly one class, decided in this order: a failed latest look-back
 * ({@link #RECURRED} 反弹 or {@link #NOT_RECTIFIED} 未整改到位) wins over any recorded status, closed included;
 * then {@link #DONE} (rectified or closed), {@link #RECTIFYING}, {@link #OPEN}. The disclosure counts by it and
 * the ledger's 是否完成整治 follows it.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProblemProgress {
    RECURRED(LookBackOutcome.RECURRED.label()),
    NOT_RECTIFIED(LookBackOutcome.NOT_RECTIFIED.label()),
    DONE("已完成整治"),
    RECTIFYING("整治中"),
    OPEN("未整改");

    private final String label;

    ProblemProgress(String label) {
        this.label = label;
    }

    /** The class in words, e.g. {@code 已完成整治}. */
    public String label() {
        return label;
    }

    /** Whether the class is a failed look-back: 反弹 or 未整改到位. */
    public boolean isRelapse() {
        return this == RECURRED || this == NOT_RECTIFIED;
    }

    /**
     * The class of a problem whose status as of D is {@code status} and whose latest look-back on or before D
     * found {@code latestOutcome} (null when none was made).
     */
    public static ProblemProgress of(ProblemStatus status, @Nullable LookBackOutcome latestOutcome) {
        if (latestOutcome == LookBackOutcome.RECURRED) {
            return RECURRED;
        }
        if (latestOutcome == LookBackOutcome.NOT_RECTIFIED) {
            return NOT_RECTIFIED;
        }
        return switch (status) {
            case RECTIFIED, CLOSED -> DONE;
            case RECTIFYING -> RECTIFYING;
            case OPEN -> OPEN;
        };
    }
}
