package io.github.shuiyuan.core.quality;

import java.util.List;

/**
 * One row of a limits table: a parameter's code, name, unit, how its limits bound it, the water body
 * it applies to ({@code ALL}, {@code RIVER}, {@code LAKE_RESERVOIR}), one limit per class, and whether
 * it is graded and whether it counts for compliance.
 *
 * <p>Immutable and thread-safe.
 */
public record Parameter(
        String code,
        String nameZh,
        String unit,
        Bound bound,
        String waterBody,
        List<Limit> limits,
        boolean graded,
        boolean compliance) {

    public Parameter {
        limits = List.copyOf(limits);
    }

    /** The limit of a class (I is index 0). */
    public Limit limit(Grade grade) {
        return limits.get(grade.ordinal());
    }

    /** A supplementary item (补充项目): counts for compliance but has no classes. */
    public boolean isSupplementary() {
        return !graded && compliance;
    }
}
