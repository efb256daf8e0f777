package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every threshold key the bundled rules read, with what its value must be: checked when the thresholds are read
 * (a {@code thresholds.properties}, an override), so a wrong key or value is refused by {@code rules check},
 * {@code reload} and {@code build()}, never found by the first assessment. Keys that overlay rules ask for by
 * name ({@code $t.integer("local.x")}) are known too, without a type.
 */
public final class ThresholdSchema {

    /** One kind of value: whether a text is one, and what it should have been, in Chinese. */
    private record Kind(Function<String, Boolean> accepts, String expected) {
    }

    private static final Map<String, Kind> KEYS = keys();

    private ThresholdSchema() {
    }

    /**
     * What is wrong with {@code key=value}, in Chinese with its code, or empty when it is fine.
     *
     * @param askedFor the keys loaded rules ask for by name, known even when the bundled rules do not read them
     */
    public static Optional<String> problem(String key, String value, Set<String> askedFor) {
        Kind kind = KEYS.get(key);
        if (kind == null) {
            if (askedFor.contains(key)) {
                return value == null || value.isBlank() ? Optional.of("阈值“" + key + "”的值为空 [BAD_THRESHOLD]") : Optional.empty();
            }
            return Optional.of("未知的阈值“" + key + "”，没有规则读取它" + nearest(key).map(n -> "；是否应为“" + n + "”？").orElse("")
                    + " [UNKNOWN_THRESHOLD]");
        }
        String text = value == null ? "" : value.strip();
        return kind.accepts().apply(text) ? Optional.empty()
                : Optional.of("阈值“" + key + "”的值“" + text + "”无效，应为" + kind.expected() + " [BAD_THRESHOLD]");
    }

    /** Whether the bundled rules know {@code key}. */
    public static boolean isKnown(String key) {
        return KEYS.containsKey(key);
    }

    /** The known key closest to {@code key} (at most a third of its letters away), if any. */
    static Optional<String> nearest(String key) {
        return Names.nearest(key, KEYS.keySet(), 1).stream().findFirst();
    }

    private static Map<String, Kind> keys() {
        Map<String, Kind> keys = new LinkedHashMap<>();
        Kind count = integer(0, 1000);
        Kind months = integer(1, 120);
        for (String key : new String[] {"sgn.minBoundaryMarkers", "sgn.warningSignsPerCrossing", "sgn.minPublicitySigns"}) {
            keys.put(key, count);
        }
        // the catalogue names the zones of SGN-01 (FIRST, SECOND) and SGN-02 (any): a key per zone level, else the shared one
        for (ZoneLevel level : new ZoneLevel[] {ZoneLevel.FIRST, ZoneLevel.SECOND}) {
            keys.put("sgn.minBoundaryMarkers." + level.name(), count);
        }
        for (ZoneLevel level : ZoneLevel.values()) {
            keys.put("sgn.warningSignsPerCrossing." + level.name(), count);
        }
        keys.put("wq.firstZoneTarget", oneOf(Grade.I, Grade.II, Grade.III, Grade.IV, Grade.V));
        // sampling periods are calendar-aligned, so they must divide the year
        Kind period = new Kind(t -> Set.of("1", "2", "3", "4", "6", "12").contains(t), "1、2、3、4、6或12（个月，须整除一年）");
        for (AdminLevel level : AdminLevel.values()) {
            keys.put("mon.periodMonths." + level.name(), period);
        }
        keys.put("mon.fullAnalysisMonths", months);
        keys.put("mon.onlineMonitoringCapacityWanM3PerDay", new Kind(ThresholdSchema::isNonNegativeDecimal, "不小于0的数"));
        keys.put("rsk.drillMonths", months);
        keys.put("rsk.riskSurveyMonths", months);
        keys.put("mgt.minPatrolsPerMonth", integer(0, 31));
        keys.put("acc.firstRung", oneOf(AccountabilityMeasure.values()));
        for (AccountabilityReason reason : AccountabilityReason.values()) {
            keys.put("acc.firstRung." + reason.name(), oneOf(AccountabilityMeasure.values()));
        }
        keys.put("acc.quietDays", integer(0, 366));
        keys.put("acc.lateReportsForPoorPerformance", integer(1, 12));
        return Map.copyOf(keys);
    }

    private static Kind integer(int min, int max) {
        return new Kind(t -> {
            try {
                int n = Integer.parseInt(t);
                return n >= min && n <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }, min + "到" + max + "之间的整数");
    }

    @SafeVarargs
    private static <E extends Enum<E>> Kind oneOf(E... values) {
        Set<String> names = Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
        return new Kind(names::contains, Arrays.stream(values).map(Enum::name).collect(Collectors.joining("、")) + "之一");
    }

    private static boolean isNonNegativeDecimal(String text) {
        try {
            return new BigDecimal(text).signum() >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
