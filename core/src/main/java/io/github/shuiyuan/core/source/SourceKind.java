package io.github.shuiyuan.core.source;

import io.github.shuiyuan.core.Labeled;

/**
 * The kind of water body a source draws from.
 *
 * <p>Immutable and thread-safe.
 */
public enum SourceKind implements Labeled {
    RIVER("河流型"),
    LAKE_RESERVOIR("湖库型"),
    GROUNDWATER("地下水型");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
