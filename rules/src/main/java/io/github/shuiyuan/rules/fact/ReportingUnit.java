package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.Unit;

/**
 * A relevant sub-district: responsible for an in-use or standby source, or for a problem that exists
 * on D. These units must report monthly and send a summary.
 *
 * <p>Immutable and thread-safe.
 */
public record ReportingUnit(Unit unit) {

    public String id() {
        return unit.id();
    }

    public String name() {
        return UnitNames.of(unit);
    }
}
