package io.github.shuiyuan.core.source;

import io.github.shuiyuan.core.Labeled;

/**
 * Whether a source is in use, on standby or retired.
 *
 * <p>Immutable and thread-safe.
 */
public enum SourceStatus implements Labeled {
    IN_USE("在用"),
    STANDBY("备用"),
    RETIRED("停用");

    private final String label;

    SourceStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
