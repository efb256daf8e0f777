package io.github.shuiyuan.core.quality;

/**
 * How a limit bounds a parameter: an upper limit, a lower limit, or a range.
 *
 * <p>Immutable and thread-safe.
 */
public enum Bound {
    /** The value must be at most the limit (≤). */
    MAX,
    /** The value must be at least the limit (≥), as for dissolved oxygen. */
    MIN,
    /** The value must lie inside the range, ends included, as for pH. */
    RANGE
}
