package io.github.shuiyuan.rules.fact;

/**
 * How the zone table treats a problem category in a zone.
 *
 * <p>Immutable and thread-safe.
 */
public enum Restriction {
    /** F: forbidden in the zone (ZN-01). */
    FORBIDDEN,
    /** R: allowed only with prescribed pollution-prevention measures (ZN-02). */
    RESTRICTED
}
