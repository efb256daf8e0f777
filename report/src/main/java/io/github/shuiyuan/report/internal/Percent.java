package io.github.shuiyuan.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as percentages with one decimal, rounded half-up. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code part} of {@code whole} in percent, e.g. 66.7; null when {@code whole} is zero. */
    public static BigDecimal of(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code 66.7%}, or {@code —} for none. */
    public static String text(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }
}
