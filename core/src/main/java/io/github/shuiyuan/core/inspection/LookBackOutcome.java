package io.github.shuiyuan.core.inspection;

import io.github.shuiyuan.core.Labeled;

/**
 * What a look-back found about a rectified problem; declared from best to worst.
 *
 * <p>Immutable and thread-safe.
 */
public enum LookBackOutcome implements Labeled {
    HELD("未反弹"),
    RECURRED("反弹"),
    NOT_RECTIFIED("未整改到位");

    private final String label;

    LookBackOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the look-back found the problem back or never fixed. */
    public boolean isFailure() {
        return this != HELD;
    }
}
