package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.Labeled;

/**
 * How a report was sent.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReportChannel implements Labeled {
    EGOV_INTRANET("电子政务内网"),
    PAPER("纸质"),
    OTHER("其他");

    private final String label;

    ReportChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
