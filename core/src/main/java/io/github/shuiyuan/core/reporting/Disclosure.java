package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A monthly public disclosure (信息公开) on the district website.
 *
 * <p>Immutable and thread-safe.
 */
public record Disclosure(@Required YearMonth period, LocalDate publishedOn, String url) {
}
