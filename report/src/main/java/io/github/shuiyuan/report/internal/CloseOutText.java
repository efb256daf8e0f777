package io.github.shuiyuan.report.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The close-out conditions (销号条件 CLO-01 … CLO-06) in the words the forms print. */
public final class CloseOutText {

    private static final Map<String, String> CONDITIONS = Map.of(
            "CLO-01", "整改尚未完成",
            "CLO-02", "缺少整治前照片",
            "CLO-03", "缺少整治后照片",
            "CLO-04", "回头看未确认未反弹",
            "CLO-05", "未列入整改方案",
            "CLO-06", "整治措施或成效未填写");

    private CloseOutText() {
    }

    /** One condition: {@code CLO-03 缺少整治后照片} (the id alone when unknown). */
    public static String condition(String id) {
        String text = CONDITIONS.get(id);
        return text == null ? id : id + " " + text;
    }

    /** The unmet conditions joined: {@code CLO-03 缺少整治后照片；CLO-04 回头看未确认未反弹}. */
    public static String conditions(List<String> ids) {
        return ids.stream().map(CloseOutText::condition).collect(Collectors.joining("；"));
    }

    /** The 备注 of a problem not yet closed: {@code 可销号} or {@code 未满足销号条件：…}. */
    public static String status(boolean eligible, List<String> unmet) {
        return eligible ? "可销号" : "未满足销号条件：" + conditions(unmet);
    }
}
