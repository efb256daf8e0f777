package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.quality.Bound;
import io.github.shuiyuan.core.quality.Exceedance;
import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.quality.Limit;
import io.github.shuiyuan.core.quality.Parameter;
import io.github.shuiyuan.core.quality.QualityStandard;
import io.github.shuiyuan.core.source.SourceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The month's water quality in the sentence monitoring reports write: {@code 11月水质为Ⅲ类，达到饮用水水源水质要求；
 * 氨氮超过Ⅱ类水质目标0.2倍}, or {@code 11月水质为Ⅳ类，未达到饮用水水源水质要求（Ⅲ类）；氨氮超过Ⅲ类标准0.12倍}. Items
 * are named plainly (no table qualifier), in the standard's table order; items bounded from below or by a range
 * (溶解氧, pH) are named without a multiple.
 */
public final class QualitySentence {

    /** What the page says when the period has no graded sample. */
    public static final String NOT_MONITORED = "本月未监测";

    private static final Pattern QUALIFIER = Pattern.compile("[(（][^()（）]*[)）]$");
    private static final QualityStandard STANDARD = QualityStandard.national();

    private QualitySentence() {
    }

    /**
     * The sentence for a graded sample of {@code period}: its class, whether it meets the drinking-water
     * requirement, and the items over class Ⅲ (when it does not) or over its target (when it does but misses it).
     *
     * @param values      the sample's measured values by parameter code
     * @param exceedances the grader's items that miss the target
     */
    public static String of(YearMonth period, SourceKind kind, Grade grade, Grade target, boolean compliant,
                            boolean targetMet, Map<String, BigDecimal> values, List<Exceedance> exceedances) {
        StringBuilder text = new StringBuilder().append(period.getMonthValue()).append("月水质为").append(grade.label());
        List<String> items;
        if (compliant) {
            text.append("，达到饮用水水源水质要求");
            items = targetMet ? List.of() : overTarget(kind, target, exceedances);
        } else {
            text.append("，未达到饮用水水源水质要求（").append(Grade.III.label()).append("）");
            items = overClassThree(kind, values);
        }
        if (!items.isEmpty()) {
            text.append("；").append(String.join("，", items));
        }
        return text.toString();
    }

    /** A parameter's name without the table's qualifier: {@code 总磷(湖库)} reads {@code 总磷}. */
    public static String plainName(Parameter parameter) {
        return QUALIFIER.matcher(parameter.nameZh()).replaceAll("");
    }

    private static List<String> overTarget(SourceKind kind, Grade target, List<Exceedance> exceedances) {
        List<String> items = new ArrayList<>();
        for (Parameter p : STANDARD.parameters(kind)) {
            exceedances.stream().filter(e -> e.parameter().equals(p.code())).findFirst()
                    .ifPresent(e -> items.add(item(p, target.label() + "水质目标", e.multiple())));
        }
        return items;
    }

    private static List<String> overClassThree(SourceKind kind, Map<String, BigDecimal> values) {
        List<String> items = new ArrayList<>();
        for (Parameter p : STANDARD.parameters(kind)) {
            BigDecimal value = values.get(p.code());
            if (value == null || !(p.graded() || p.isSupplementary())) {
                continue;
            }
            Limit limit = p.limit(Grade.III);
            if (!limit.isMetBy(value)) {
                items.add(item(p, Grade.III.label() + "标准", multiple(limit, value)));
            }
        }
        return items;
    }

    private static String item(Parameter p, String against, BigDecimal multiple) {
        String name = plainName(p);
        return switch (p.bound()) {
            case MIN -> name + "低于" + against;
            case RANGE -> name + "超出" + against + "范围";
            case MAX -> multiple == null || multiple.signum() == 0 ? name + "超过" + against
                    : name + "超过" + against + multiple.stripTrailingZeros().toPlainString() + "倍";
        };
    }

    /** 超标倍数 = (value − limit) / limit, half-up to two decimals, for an upper limit above 0; else null. */
    private static BigDecimal multiple(Limit limit, BigDecimal value) {
        if (limit.bound() != Bound.MAX || limit.high().signum() <= 0) {
            return null;
        }
        return value.subtract(limit.high()).divide(limit.high(), 2, RoundingMode.HALF_UP);
    }
}
