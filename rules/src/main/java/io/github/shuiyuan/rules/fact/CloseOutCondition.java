package io.github.shuiyuan.rules.fact;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The close-out conditions (销号条件) of the rule catalogue, with what it means in Chinese when a
 * problem does not meet one; condition rules insert {@link Unmet} facts under these ids.
 */
public enum CloseOutCondition {
    CLO_01("CLO-01", "评估日前尚未完成整改"),
    CLO_02("CLO-02", "缺少整治前照片"),
    CLO_03("CLO-03", "缺少整改完成后至评估日前拍摄的整治后照片"),
    CLO_04("CLO-04", "整改后最近一次回头看未确认未反弹"),
    CLO_05("CLO-05", "未列入整改方案"),
    CLO_06("CLO-06", "整治措施或取得的成效未填写");

    private final String id;
    private final String unmetText;

    CloseOutCondition(String id, String unmetText) {
        this.id = id;
        this.unmetText = unmetText;
    }

    /** The rule id, e.g. {@code CLO-03}. */
    public String id() {
        return id;
    }

    /** What it means that a problem does not meet this condition, in Chinese. */
    public String unmetText() {
        return unmetText;
    }

    /**
     * The unmet conditions in id order with their meaning, for messages:
     * {@code CLO-02（缺少整治前照片）、CLO-04（…）}; an id this enum does not know is written as it is.
     */
    public static String describe(Collection<String> ids) {
        return ids.stream().distinct().sorted().map(CloseOutCondition::describeOne).collect(Collectors.joining("、"));
    }

    private static String describeOne(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .map(c -> c.id + "（" + c.unmetText + "）").orElse(id);
    }
}
