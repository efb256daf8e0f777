package io.github.shuiyuan.core.source;

import io.github.shuiyuan.core.Labeled;

/**
 * The administrative level of a source, which sets its monitoring frequency.
 *
 * <p>Immutable and thread-safe.
 */
public enum AdminLevel implements Labeled {
    PREFECTURE("地级及以上"),
    COUNTY("县级"),
    TOWNSHIP("乡镇级");

    private final String label;

    AdminLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
