package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.WaterSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a source must have online monitoring (MON-03): a prefecture-level source, or one whose design
 * supply is at least the capacity threshold (万m³/d). The answer is three-valued: when the level or the
 * capacity that would decide it is absent, it is unknown, and the rule says DAT-01 instead of guessing.
 *
 * <p>Static methods; thread-safe.
 */
public final class OnlineMonitoringDuty {

    private OnlineMonitoringDuty() {
    }

    /** TRUE when the source must monitor online, FALSE when it need not, null when the data cannot tell. */
    public static @Nullable Boolean required(WaterSource source, BigDecimal capacityThreshold) {
        BigDecimal capacity = source.designCapacityWanM3PerDay();
        if (source.adminLevel() == AdminLevel.PREFECTURE || capacity != null && capacity.compareTo(capacityThreshold) >= 0) {
            return Boolean.TRUE;
        }
        return source.adminLevel() == null || capacity == null ? null : Boolean.FALSE;
    }

    /** Whether the source must monitor online and its {@code onlineMonitoring} is false (MON-03 fires). */
    public static boolean isNeglected(WaterSource source, BigDecimal capacityThreshold) {
        return Boolean.FALSE.equals(source.onlineMonitoring()) && Boolean.TRUE.equals(required(source, capacityThreshold));
    }

    /**
     * The absent fields that keep MON-03 from judging the source ("、"-joined), or null when it can judge:
     * {@code onlineMonitoring} when that flag is absent and the source may need it; the level and/or the
     * capacity when the flag is false and they would decide.
     */
    public static @Nullable String blockingFields(WaterSource source, BigDecimal capacityThreshold) {
        Boolean required = required(source, capacityThreshold);
        if (Boolean.FALSE.equals(required) || Boolean.TRUE.equals(source.onlineMonitoring())) {
            return null;
        }
        if (source.onlineMonitoring() == null) {
            return "onlineMonitoring";
        }
        if (required != null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        if (source.adminLevel() == null) {
            fields.add("adminLevel");
        }
        if (source.designCapacityWanM3PerDay() == null) {
            fields.add("designCapacityWanM3PerDay");
        }
        return String.join("、", fields);
    }
}
