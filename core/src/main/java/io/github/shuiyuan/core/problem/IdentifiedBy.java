package io.github.shuiyuan.core.problem;

import io.github.shuiyuan.core.Labeled;

/**
 * How a problem came to light.
 *
 * <p>Immutable and thread-safe.
 */
public enum IdentifiedBy implements Labeled {
    SURVEY("排查"),
    PATROL("巡查"),
    LOOK_BACK("回头看"),
    SUPERVISION("督查"),
    COMPLAINT("举报");

    private final String label;

    IdentifiedBy(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
