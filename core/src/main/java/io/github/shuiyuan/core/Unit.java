package io.github.shuiyuan.core;

/**
 * An organisation: the district office, a bureau, a sub-district (the responsible body, 责任主体),
 * a community or an enterprise.
 */
public record Unit(@Required String id, String name, UnitType type) {

    /** Whether this unit is a sub-district (街道), the body that reports monthly. */
    public boolean isSubDistrict() {
        return type == UnitType.SUB_DISTRICT;
    }
}
