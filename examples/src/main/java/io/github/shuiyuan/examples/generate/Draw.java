package io.github.shuiyuan.examples.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of one generated record group, from a seed and the group's index: the same seed and
 * index always draw the same values, whatever was drawn for other groups.
 */
final class Draw {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final SplittableRandom random;

    Draw(long seed, long stream, long index) {
        this.random = new SplittableRandom(mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + index)));
    }

    /** True with probability {@code percent}/100. */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A whole number in [from, to]. */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    /** One of {@code values}. */
    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A day in [from, from + days]. */
    LocalDate dayFrom(LocalDate from, int days) {
        return from.plusDays(random.nextInt(days + 1));
    }

    /** A time of a working day on {@code day} at +08:00. */
    OffsetDateTime during(LocalDate day) {
        return day.atTime(between(8, 17), between(0, 59)).atOffset(CHINA);
    }

    /** A decimal {@code unscaled × 10^-scale} with unscaled in [from, to]. */
    BigDecimal decimal(int from, int to, int scale) {
        return BigDecimal.valueOf(between(from, to), scale);
    }

    /** 64 hexadecimal digits, distinct from every other draw's with overwhelming probability. */
    String sha256() {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String part = Long.toHexString(random.nextLong());
            hex.append("0".repeat(16 - part.length())).append(part);
        }
        return hex.toString();
    }

    /** The finalizer of MurmurHash3: spreads neighbouring seeds over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
