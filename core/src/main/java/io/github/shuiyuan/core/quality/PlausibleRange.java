package io.github.shuiyuan.core.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a measurement of one parameter can physically take — pH 0 to 14, a concentration from 0 to a
 * ceiling no water reaches — so that a typo such as pH 1e39 is refused as data entry, not graded. Kept as data
 * ({@code plausible-ranges.csv}) beside the limits tables, one row per parameter code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the parameter code of the limits tables
 * @param min  the least plausible value
 * @param max  the greatest plausible value
 */
public record PlausibleRange(String code, BigDecimal min, BigDecimal max) {

    private static final String TABLE = "plausible-ranges.csv";
    private static final Map<String, PlausibleRange> BUNDLED = load();

    public PlausibleRange {
        Objects.requireNonNull(code, "code");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("plausible range of " + code + " has min above max");
        }
    }

    /** The plausible range of a parameter code, when the table has one. */
    public static Optional<PlausibleRange> of(String code) {
        return Optional.ofNullable(BUNDLED.get(code));
    }

    /** Whether {@code value} lies within the range, ends included. */
    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    private static Map<String, PlausibleRange> load() {
        try (InputStream in = PlausibleRange.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("plausible ranges missing from the jar: " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            Map<String, PlausibleRange> ranges = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", -1);
                    ranges.put(cells[0], new PlausibleRange(cells[0], new BigDecimal(cells[1]), new BigDecimal(cells[2])));
                }
            }
            return Map.copyOf(ranges);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
