package io.github.shuiyuan.core.quality;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One class limit of a parameter, exact as the standard prints it: a single number, or a range
 * {@code low-high}. Boundaries are inclusive: a value equal to a limit meets it.
 *
 * <p>Immutable and thread-safe.
 */
public record Limit(Bound bound, @Nullable BigDecimal low, @Nullable BigDecimal high, String text) {

    public Limit {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(text, "text");
    }

    /** Parses a limit cell of the standards' tables ({@code 0.5}, {@code 6-9}). */
    public static Limit parse(Bound bound, String text) {
        String cell = text.strip();
        if (bound == Bound.RANGE) {
            int dash = cell.indexOf('-', 1);
            if (dash < 0) {
                throw new IllegalArgumentException("range limit without '-': " + cell);
            }
            return new Limit(bound, new BigDecimal(cell.substring(0, dash)), new BigDecimal(cell.substring(dash + 1)), cell);
        }
        BigDecimal value = new BigDecimal(cell);
        return bound == Bound.MAX ? new Limit(bound, null, value, cell) : new Limit(bound, value, null, cell);
    }

    /** Whether {@code value} meets this limit (boundaries inclusive, compared exactly). */
    public boolean isMetBy(BigDecimal value) {
        boolean aboveLow = low == null || value.compareTo(low) >= 0;
        boolean belowHigh = high == null || value.compareTo(high) <= 0;
        return aboveLow && belowHigh;
    }
}
