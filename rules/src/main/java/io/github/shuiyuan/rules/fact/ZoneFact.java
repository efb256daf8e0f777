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

    /**
     * The warning signs the zone's road crossings call for at {@code perCrossing} a crossing; 0 when the crossings
     * are not recorded. A method rather than arithmetic in the rule: Drools' executable model cannot compile a
     * comparison whose right side multiplies a property of the fact by another fact's value.
     */
    public int warningSignsNeeded(int perCrossing) {
        return zone.roadCrossings() == null ? 0 : zone.roadCrossings() * perCrossing;
    }

    /** The warning signs needed at this zone level's {@code sgn.warningSignsPerCrossing} (SGN-02). */
    public int warningSignsRequired(Thresholds thresholds) {
        return warningSignsNeeded(thresholds.integer("sgn.warningSignsPerCrossing", level()));
    }

    /** The boundary markers this zone level's {@code sgn.minBoundaryMarkers} asks for (SGN-01). */
    public int boundaryMarkersRequired(Thresholds thresholds) {
        return thresholds.integer("sgn.minBoundaryMarkers", level());
    }
}
