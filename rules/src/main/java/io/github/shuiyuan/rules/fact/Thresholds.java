package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule catalogue's configurable thresholds (marked ⚙), read from {@code thresholds.properties}
 * and any overrides; rules ask for them by key, so no limit is a literal in a rule.
 */
public final class Thresholds {

    private final Map<String, String> values;

    public Thresholds(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Every key and value, sorted by key. */
    public Map<String, String> values() {
        return values;
    }

    /** The text of a threshold; fails loudly when a rule asks for a key the configuration lacks. */
    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("threshold '" + key + "' is not configured");
        }
        return value.strip();
    }

    /** A whole-number threshold. */
    public int integer(String key) {
        return Integer.parseInt(text(key));
    }

    /**
     * A whole-number threshold for a zone level: {@code key.LEVEL} ({@code sgn.minBoundaryMarkers.SECOND}) when
     * configured, else the shared {@code key}.
     */
    public int integer(String key, ZoneLevel level) {
        String specific = key + "." + level.name();
        return values.containsKey(specific) ? Integer.parseInt(text(specific)) : integer(key);
    }

    /** A decimal threshold, exact. */
    public BigDecimal decimal(String key) {
        return new BigDecimal(text(key));
    }
}
