package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.Labeled;

/**
 * Why a unit is held to account (崇川政办发〔2018〕40号 工作要求（四）).
 *
 * <p>Immutable and thread-safe.
 */
public enum AccountabilityReason implements Labeled {
    POOR_PERFORMANCE("履职不力"),
    FALSIFICATION("弄虚作假"),
    SLOW_PROGRESS("进展缓慢"),
    WATER_QUALITY_DETERIORATION("水质恶化");

    private final String label;

    AccountabilityReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
