package io.github.shuiyuan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly public disclosure (信息公开) of a jurisdiction's drinking-water sources: the period, its last
 * day (the date the figures are as of), who publishes, and one entry per source in use or on standby.
 *
 * <p>Immutable and thread-safe.
 */
public record DisclosurePage(YearMonth period, LocalDate asOf, String jurisdiction, String title,
                             List<SourceDisclosure> sources) {

    public DisclosurePage {
        sources = List.copyOf(sources);
    }
}
