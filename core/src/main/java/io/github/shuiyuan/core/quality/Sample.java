package io.github.shuiyuan.core.quality;

import io.github.shuiyuan.core.Required;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A water-quality sample: parameter values (exact decimals, keyed by parameter code) measured at a
 * point of a source on a date.
 */
public record Sample(
        @Required String id,
        @Required String waterSourceId,
        String point,
        ZoneLevel zoneLevel,
        @Required LocalDate sampledOn,
        Boolean fullAnalysis,
        @Required Map<String, BigDecimal> values) {

    public Sample {
        values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Whether this was known to be a full analysis (全分析): false when {@code fullAnalysis} is false or absent.
     * Not named {@code isFullAnalysis}: rules would then see two readings of the property {@code fullAnalysis}.
     */
    public boolean isConfirmedFullAnalysis() {
        return Boolean.TRUE.equals(fullAnalysis);
    }
}
