package io.github.shuiyuan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A share as the disclosure shows it: numerator and denominator as integers, the percentage to one decimal
 * rounded half-up, and when the denominator is 0 no percentage (shown as {@code —}) and the reason in words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator   what is counted
 * @param denominator what it is counted out of
 * @param percent     numerator ÷ denominator in percent, one decimal, half-up; null when the denominator is 0
 * @param reason      why there is no percentage (e.g. {@code 截至统计日无环境问题}); null when there is one
 */
public record Ratio(int numerator, int denominator, @Nullable BigDecimal percent, @Nullable String reason) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Ratio {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("ratio " + numerator + "/" + denominator);
        }
        if ((denominator == 0) == (reason == null)) {
            throw new IllegalArgumentException("a reason is given exactly when the denominator is 0");
        }
        percent = denominator == 0 ? null : BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** {@code numerator} of {@code denominator}; {@code reasonIfNone} is the reason used when the denominator is 0. */
    public static Ratio of(int numerator, int denominator, @Nullable String reasonIfNone) {
        return new Ratio(numerator, denominator, null, denominator == 0 ? Objects.requireNonNull(reasonIfNone) : null);
    }

    /** {@code 66.7%}, or {@code —} when there is no percentage. */
    public String text() {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }
}
