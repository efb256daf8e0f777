package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The close-out conditions (销号条件) of the rule catalogue, each with the plain words a clerk writes when a
 * problem does not meet it. This is the one home of those words: the condition rules insert their unmet facts
 * under these ids, findings, the assessment's per-problem view and the forms all read the text from here.
 *
 * <p>{@code CLO-01} is retired (every problem the close-out list holds is rectified by construction); its id
 * stays reserved and never takes another meaning.
 */
public enum CloseOutCondition {
    /** Retired: no rule carries it and no close-out status lists it. */
    CLO_01("CLO-01", "评估日前已完成整改", "尚未完成整治"),
    CLO_02("CLO-02", "有整治前照片", "缺少整治前照片"),
    CLO_03("CLO-03", "有整改完成后拍摄的整治后照片", "缺少整治后照片"),
    CLO_04("CLO-04", "整改后回头看未反弹", "尚未回头看"),
    CLO_05("CLO-05", "已列入整改方案", "未列入整改方案"),
    CLO_06("CLO-06", "已填写整治措施和取得的成效", "整治措施或成效未填写");

    private final String id;
    private final String metText;
    private final String unmetText;

    CloseOutCondition(String id, String metText, String unmetText) {
        this.id = id;
        this.metText = metText;
        this.unmetText = unmetText;
    }

    /** The rule id, e.g. {@code CLO-03}. */
    public String id() {
        return id;
    }

    /**
     * The condition's title, as its rule in {@code closeout/conditions.drl} carries it ({@code @title}, a test holds
     * them equal): {@code 销号条件：有整治前照片}.
     */
    public String title() {
        return "销号条件：" + metText;
    }

    /**
     * What it means that a problem does not meet this condition, in a clerk's words ({@code 缺少整治后照片}).
     * For {@code CLO-04} this is the words when no look-back has been made since the rectification; see
     * {@link #unmetText(LookBackOutcome)} for when one has.
     */
    public String unmetText() {
        return unmetText;
    }

    /**
     * The words for this unmet condition given the outcome of the latest look-back since the rectification
     * (null when there is none): for {@code CLO-04} {@code 回头看发现反弹} or {@code 回头看发现未整改到位} after a failed
     * look-back, otherwise {@link #unmetText()}.
     */
    public String unmetText(LookBackOutcome sinceRectified) {
        return this == CLO_04 && sinceRectified != null && sinceRectified.isFailure()
                ? "回头看发现" + sinceRectified.label()
                : unmetText;
    }

    /** The condition with this id, e.g. {@code CLO-03}. */
    public static Optional<CloseOutCondition> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /**
     * The words of the unmet conditions {@code ids}, in condition order, joined by {@code 、}:
     * {@code 缺少整治前照片、回头看发现反弹}. An id this enum does not know (a rule an overlay adds) is written as it is.
     *
     * @param sinceRectified the outcome of the latest look-back since the rectification, or null when there is none
     */
    public static String words(Collection<String> ids, LookBackOutcome sinceRectified) {
        return ids.stream().distinct().sorted()
                .map(id -> fromId(id).map(c -> c.unmetText(sinceRectified)).orElse(id))
                .collect(Collectors.joining("、"));
    }

    /**
     * The unmet conditions in id order with their words, for finding messages:
     * {@code CLO-02（缺少整治前照片）、CLO-04（尚未回头看）}; an id this enum does not know is written as it is.
     */
    public static String describe(Collection<String> ids) {
        return describe(ids, null);
    }

    /** As {@link #describe(Collection)}, with CLO-04 worded after the latest look-back since the rectification. */
    public static String describe(Collection<String> ids, LookBackOutcome sinceRectified) {
        List<String> sorted = ids.stream().distinct().sorted().toList();
        return sorted.stream()
                .map(id -> fromId(id).map(c -> c.id + "（" + c.unmetText(sinceRectified) + "）").orElse(id))
                .collect(Collectors.joining("、"));
    }
}
