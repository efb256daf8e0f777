package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;

/** A protection zone with its source, so zone rules can name both; subject id {@code <sourceId>/<level>}. */
public record ZoneFact(WaterSource source, Zone zone) {

    public String subjectId() {
        return zone.subjectId(source.id());
    }

    public ZoneLevel level() {
        return zone.level();
    }

    public String waterSourceId() {
        return source.id();
    }

    public String unitId() {
        return source.responsibleUnitId();
    }

    /** Whether the zone's source is in use or on standby (zone rules never look at retired sources). */
    public boolean isActive() {
        return source.isActive();
    }
}
