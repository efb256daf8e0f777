package io.github.shuiyuan.core;

/**
 * The kind of an organisation taking part in the campaign.
 *
 * <p>Immutable and thread-safe.
 */
public enum UnitType implements Labeled {
    GOVERNMENT_OFFICE("政府办公室"),
    DEPARTMENT("部门"),
    SUB_DISTRICT("街道"),
    COMMUNITY("社区"),
    ENTERPRISE("企业");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
