package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.Unit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Units named in messages: by name ("区环保局"), by id where a unit has no name.
 *
 * <p>Static methods; thread-safe.
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** The name of a unit, or its id when it has none. */
    public static String of(Unit unit) {
        return unit.name() == null || unit.name().isBlank() ? unit.id() : unit.name();
    }

    /** The names of the units with these ids, in the given order, "、"-joined; an unknown unit by its id. */
    public static String of(Collection<Unit> units, List<String> ids) {
        return ids.stream().map(id -> units.stream().filter(u -> u.id().equals(id)).findFirst()
                        .map(UnitNames::of).orElse(id))
                .collect(Collectors.joining("、"));
    }

    /**
     * The names of these units, "、"-joined in the order their ids have in {@code idOrder} (the order the
     * case file lists them, e.g. the campaign's {@code copyToUnitIds}), so messages never depend on the
     * order in which the engine collected the units.
     */
    public static String joined(Collection<Unit> units, List<String> idOrder) {
        return units.stream()
                .sorted(Comparator.comparingInt((Unit u) -> idOrder.indexOf(u.id())).thenComparing(Unit::id))
                .map(UnitNames::of)
                .collect(Collectors.joining("、"));
    }
}
