package io.github.shuiyuan.core.quality;

import io.github.shuiyuan.core.Labeled;

/**
 * A water-quality class (水质类别), best first; groundwater uses I–V, surface water I–V and worse than V.
 *
 * <p>Immutable and thread-safe.
 */
public enum Grade implements Labeled {
    I("Ⅰ类"),
    II("Ⅱ类"),
    III("Ⅲ类"),
    IV("Ⅳ类"),
    V("Ⅴ类"),
    WORSE_THAN_V("劣Ⅴ类");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether this class is worse than {@code other}. */
    public boolean isWorseThan(Grade other) {
        return compareTo(other) > 0;
    }
}
