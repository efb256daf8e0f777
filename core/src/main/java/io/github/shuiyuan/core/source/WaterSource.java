package io.github.shuiyuan.core.source;

import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A centralized drinking-water source (集中式饮用水水源地) and its protection zones. */
public record WaterSource(
        @Required String id,
        @Required String name,
        @Required SourceKind kind,
        AdminLevel adminLevel,
        String location,
        @Required String responsibleUnitId,
        @Required SourceStatus status,
        Long servedPopulation,
        BigDecimal designCapacityWanM3PerDay,
        Boolean onlineMonitoring,
        EmergencyPlan emergencyPlan,
        LocalDate riskSourcesSurveyedOn,
        List<Zone> zones) {

    public WaterSource {
        zones = Lists.copy(zones);
    }

    /** The zone of this level, if the source has one. */
    public Optional<Zone> zone(ZoneLevel level) {
        return zones.stream().filter(z -> z.level() == level).findFirst();
    }

    /** In use or on standby: the sources the zoning rules look at. */
    public boolean isActive() {
        return status == SourceStatus.IN_USE || status == SourceStatus.STANDBY;
    }

    /** Whether the source draws surface water (river, lake or reservoir). */
    public boolean isSurfaceWater() {
        return kind == SourceKind.RIVER || kind == SourceKind.LAKE_RESERVOIR;
    }
}
