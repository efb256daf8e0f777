package io.github.shuiyuan.core.problem;

import io.github.shuiyuan.core.Labeled;

/**
 * Where a problem stands as recorded (rules read it as of a date).
 *
 * <p>Immutable and thread-safe.
 */
public enum ProblemStatus implements Labeled {
    OPEN("未整改"),
    RECTIFYING("整改中"),
    RECTIFIED("已整改"),
    CLOSED("已销号");

    private final String label;

    ProblemStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
