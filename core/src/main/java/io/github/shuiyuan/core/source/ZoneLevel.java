package io.github.shuiyuan.core.source;

import io.github.shuiyuan.core.Labeled;

/**
 * A protection zone level (保护区级别).
 *
 * <p>Immutable and thread-safe.
 */
public enum ZoneLevel implements Labeled {
    FIRST("一级保护区"),
    SECOND("二级保护区"),
    QUASI("准保护区");

    private final String label;

    ZoneLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
