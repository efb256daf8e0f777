package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.Labeled;

/**
 * How serious a finding is, most severe first.
 *
 * <p>Immutable and thread-safe.
 */
public enum Severity implements Labeled {
    CRITICAL("严重"),
    MAJOR("较重"),
    MINOR("一般"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether this severity is at least as serious as {@code other}. */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
