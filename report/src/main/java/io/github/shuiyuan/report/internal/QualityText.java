package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.quality.Exceedance;
import io.github.shuiyuan.core.quality.Parameter;
import io.github.shuiyuan.core.quality.QualityStandard;
import io.github.shuiyuan.core.source.SourceKind;
import java.util.List;
import java.util.stream.Collectors;

/** Water-quality judgements in the words reports use. */
public final class QualityText {

    private QualityText() {
    }

    /** 是, 否, or — when the judgement could not be made. */
    public static String yesNo(Boolean value) {
        return value == null ? "—" : value ? "是" : "否";
    }

    /**
     * The items that miss the target: {@code 氨氮1.12mg/L（目标限值0.5，Ⅳ类，超标1.24倍）}, joined by {@code ；}.
     */
    public static String exceedances(List<Exceedance> items, SourceKind kind) {
        return items.stream().map(e -> exceedance(e, kind)).collect(Collectors.joining("；"));
    }

    private static String exceedance(Exceedance e, SourceKind kind) {
        Parameter parameter = kind == null ? null : QualityStandard.national().parameter(e.parameter(), kind).orElse(null);
        String name = parameter == null ? e.parameter() : parameter.nameZh();
        String unit = parameter == null || "无量纲".equals(parameter.unit()) ? "" : parameter.unit();
        StringBuilder text = new StringBuilder(name).append(e.value().toPlainString()).append(unit)
                .append("（目标限值").append(e.limit());
        if (e.grade() != null) {
            text.append("，").append(e.grade().label());
        }
        if (e.multiple() != null) {
            text.append("，超标").append(e.multiple().toPlainString()).append("倍");
        }
        return text.append("）").toString();
    }
}
