package io.github.shuiyuan.core.inspection;

import io.github.shuiyuan.core.Labeled;

/**
 * The kind of an inspection.
 *
 * <p>Immutable and thread-safe.
 */
public enum InspectionType implements Labeled {
    PATROL("日常巡查"),
    LOOK_BACK("回头看"),
    SUPERVISION("督查"),
    SAMPLING("采样");

    private final String label;

    InspectionType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
