package io.github.shuiyuan.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MON-03's three-valued duty: required, not required, or unknown for want of data. */
class OnlineMonitoringDutyTest {

    static final BigDecimal TEN = new BigDecimal("10");

    static WaterSource source(AdminLevel level, String capacity, Boolean online) {
        return new WaterSource("WS", "水源地", SourceKind.RIVER, level, "南通市崇川区", "SD", SourceStatus.IN_USE,
                null, capacity == null ? null : new BigDecimal(capacity), online, null, null, List.of());
    }

    @Test
    void prefecture_level_or_a_capacity_at_the_threshold_requires_it() {
        assertThat(OnlineMonitoringDuty.required(source(AdminLevel.PREFECTURE, null, false), TEN)).isTrue();
        assertThat(OnlineMonitoringDuty.required(source(AdminLevel.COUNTY, "10", false), TEN)).isTrue();
        assertThat(OnlineMonitoringDuty.required(source(null, "10.0", false), TEN)).isTrue();
    }

    @Test
    void a_smaller_county_source_need_not() {
        assertThat(OnlineMonitoringDuty.required(source(AdminLevel.COUNTY, "9.99", false), TEN)).isFalse();
        assertThat(OnlineMonitoringDuty.blockingFields(source(AdminLevel.TOWNSHIP, "9.99", null), TEN)).isNull();
    }

    @Test
    void unknown_when_the_deciding_level_or_capacity_is_absent() {
        assertThat(OnlineMonitoringDuty.required(source(null, "9", false), TEN)).isNull();
        assertThat(OnlineMonitoringDuty.required(source(AdminLevel.TOWNSHIP, null, false), TEN)).isNull();
        assertThat(OnlineMonitoringDuty.blockingFields(source(null, "9", false), TEN)).isEqualTo("adminLevel");
        assertThat(OnlineMonitoringDuty.blockingFields(source(AdminLevel.COUNTY, null, false), TEN))
                .isEqualTo("designCapacityWanM3PerDay");
        assertThat(OnlineMonitoringDuty.blockingFields(source(null, null, false), TEN))
                .isEqualTo("adminLevel、designCapacityWanM3PerDay");
    }

    @Test
    void an_absent_flag_blocks_only_where_the_source_may_need_it() {
        assertThat(OnlineMonitoringDuty.blockingFields(source(AdminLevel.PREFECTURE, "40", null), TEN)).isEqualTo("onlineMonitoring");
        assertThat(OnlineMonitoringDuty.blockingFields(source(null, null, null), TEN)).isEqualTo("onlineMonitoring");
        assertThat(OnlineMonitoringDuty.blockingFields(source(AdminLevel.PREFECTURE, "40", true), TEN)).isNull();
        assertThat(OnlineMonitoringDuty.blockingFields(source(null, null, true), TEN)).isNull();
        assertThat(OnlineMonitoringDuty.blockingFields(source(AdminLevel.PREFECTURE, null, false), TEN)).isNull();
    }

    @Test
    void neglected_only_when_required_and_explicitly_false() {
        assertThat(OnlineMonitoringDuty.isNeglected(source(AdminLevel.PREFECTURE, "40", false), TEN)).isTrue();
        assertThat(OnlineMonitoringDuty.isNeglected(source(AdminLevel.PREFECTURE, "40", true), TEN)).isFalse();
        assertThat(OnlineMonitoringDuty.isNeglected(source(AdminLevel.PREFECTURE, "40", null), TEN)).isFalse();
        assertThat(OnlineMonitoringDuty.isNeglected(source(AdminLevel.COUNTY, "9", false), TEN)).isFalse();
        assertThat(OnlineMonitoringDuty.isNeglected(source(null, "9", false), TEN)).isFalse();
    }
}
