package io.github.shuiyuan.core.quality;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An item that misses its target: the value, the limit of the target class as the table writes it,
 * the item's own class (absent for supplementary items), and for upper limits the exceedance multiple
 * 超标倍数 = (value − limit) / limit, rounded half-up to two decimals (absent for other bounds).
 *
 * <p>Immutable and thread-safe.
 */
public record Exceedance(String parameter, BigDecimal value, String limit, @Nullable Grade grade, @Nullable BigDecimal multiple) {
}
