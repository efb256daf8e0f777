package io.github.shuiyuan.core;

import org.jspecify.annotations.Nullable;

/**
 * An organisation: the district office, a bureau, a sub-district (the responsible body, 责任主体),
 * a community or an enterprise.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the unit's id
 * @param name        its name, e.g. {@code 任港街道}; null when unknown
 * @param type        what kind of unit it is; null when unknown
 * @param publicPhone an office number for public supervision, shown on the disclosure (never a person's);
 *                    null when none is recorded
 */
public record Unit(@Required String id, @Nullable String name, @Nullable UnitType type, @Nullable String publicPhone) {

    /** Whether this unit is a sub-district (街道), the body that reports monthly. */
    public boolean isSubDistrict() {
        return type == UnitType.SUB_DISTRICT;
    }
}
