package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.Unit;
import java.util.Collection;
import java.util.stream.Collectors;

/** Units named in messages: by name ("区环保局"), by id where a unit has no name, "、"-joined in order. */
public final class UnitNames {

    private UnitNames() {
    }

    /** The name of a unit, or its id when it has none. */
    public static String of(Unit unit) {
        return unit.name() == null || unit.name().isBlank() ? unit.id() : unit.name();
    }

    /** The names of these units, "、"-joined in the given order. */
    public static String joined(Collection<Unit> units) {
        return units.stream().map(UnitNames::of).collect(Collectors.joining("、"));
    }
}
