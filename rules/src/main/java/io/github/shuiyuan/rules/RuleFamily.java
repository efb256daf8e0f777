package io.github.shuiyuan.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The families of the rule catalogue, in its order, each known by the prefixes of its rule ids ({@code ZON-01},
 * {@code SGN-02} … are 划): how reports group findings. A rule whose prefix no family claims (an overlay's own
 * rule) is in {@link #OTHER}.
 *
 * <p>Immutable and thread-safe.
 */
public enum RuleFamily {
    ZONING("划 · 保护区划定与标识", "ZON", "SGN", "ISO"),
    ACTIVITIES("治 · 保护区内禁止的活动", "ZN"),
    MONITORING("监控 · 水质监测", "MON"),
    RISK("风险 · 风险防范与应急", "RSK"),
    MANAGEMENT("管理 · 日常管理与档案", "MGT", "FMT"),
    RECTIFICATION("整改 · 问题整改与整改方案", "PRB", "PLN"),
    CLOSE_OUT("销号 · 整改销号", "CLO"),
    REPORTING("报送 · 报送与信息公开", "RPT", "DIS"),
    EVIDENCE("佐证 · 佐证材料", "EVD"),
    WATER_QUALITY("水质 · 水质评价", "WQ"),
    ACCOUNTABILITY("问责 · 问责", "ACC"),
    MISSING_DATA("缺项 · 缺少规则所需数据", "DAT"),
    OTHER("其他规则");

    private final String label;
    private final List<String> prefixes;

    RuleFamily(String label, String... prefixes) {
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    /** The family in words, its one-character name first: {@code 划 · 保护区划定与标识}. */
    public String label() {
        return label;
    }

    /** The family of a rule id, by the part before its dash; {@link #OTHER} when no family claims it. */
    public static RuleFamily of(String ruleId) {
        int dash = ruleId.indexOf('-');
        String prefix = dash < 0 ? ruleId : ruleId.substring(0, dash);
        return Arrays.stream(values()).filter(f -> f.prefixes.contains(prefix)).findFirst().orElse(OTHER);
    }
}
