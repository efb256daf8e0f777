package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A monthly public disclosure (信息公开) on the district website.
 *
 * <p>Immutable and thread-safe.
 */
public record Disclosure(@Required YearMonth period, @Nullable LocalDate publishedOn, @Nullable String url) {
}
