package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.Labeled;

/**
 * A rung of the accountability ladder, from mildest to most severe.
 *
 * <p>Immutable and thread-safe.
 */
public enum AccountabilityMeasure implements Labeled {
    CIRCULATED_CRITICISM("通报批评"),
    PUBLIC_INTERVIEW("公开约谈"),
    REFERRAL("移交问责");

    private final String label;

    AccountabilityMeasure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The next rung up the ladder; {@code REFERRAL} stays {@code REFERRAL}. */
    public AccountabilityMeasure nextRung() {
        AccountabilityMeasure[] rungs = values();
        return rungs[Math.min(ordinal() + 1, rungs.length - 1)];
    }
}
