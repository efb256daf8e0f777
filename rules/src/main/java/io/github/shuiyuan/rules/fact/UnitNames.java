package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.Unit;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Names units in messages: {@code 区环保局、区住建局}. */
public final class UnitNames {

    private UnitNames() {
    }

    /** The names of the units with these ids, in the given order; a unit without a name (or unknown) by its id. */
    public static String of(Collection<Unit> units, List<String> ids) {
        return ids.stream().map(id -> units.stream().filter(u -> u.id().equals(id)).findFirst()
                        .map(Unit::name).orElse(id))
                .collect(Collectors.joining("、"));
    }
}
