package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.Labeled;

/**
 * What a finding is about; its {@code subjectId} is an id of this kind.
 *
 * <p>Immutable and thread-safe.
 */
public enum SubjectType implements Labeled {
    WATER_SOURCE("水源地"),
    ZONE("保护区"),
    PROBLEM("问题"),
    PLAN("整改方案"),
    INSPECTION("检查"),
    EVIDENCE("佐证材料"),
    UNIT("单位"),
    MONTHLY_REPORT("月报"),
    SUMMARY_REPORT("工作总结"),
    DISCLOSURE("信息公开"),
    SAMPLE("水质样品"),
    CAMPAIGN("专项行动");

    private final String label;

    SubjectType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
