package io.github.shuiyuan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.quality.Grading;
import io.github.shuiyuan.core.quality.QualityStandard;
import io.github.shuiyuan.core.source.SourceKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualitySentenceTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2018, 11);

    /** The sentence for a lake sample of these code/value pairs aimed at {@code target}. */
    private static String lake(Grade target, String... codesAndValues) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put(codesAndValues[i], new BigDecimal(codesAndValues[i + 1]));
        }
        Grading g = QualityStandard.national().grade(values, SourceKind.LAKE_RESERVOIR, target);
        return QualitySentence.of(NOVEMBER, SourceKind.LAKE_RESERVOIR, g.grade(), g.target(), g.compliant(), g.targetMet(),
                values, g.exceedances());
    }

    @Test
    void meeting_the_requirement_and_the_target_is_one_clause() {
        assertThat(lake(Grade.III, "NH3_N", "0.6")).isEqualTo("11月水质为Ⅲ类，达到饮用水水源水质要求");
    }

    @Test
    void meeting_the_requirement_but_missing_the_target_names_the_items_against_the_target() {
        assertThat(lake(Grade.II, "NH3_N", "0.6")).isEqualTo("11月水质为Ⅲ类，达到饮用水水源水质要求；氨氮超过Ⅱ类水质目标0.2倍");
        // table order, not the sample's; a lower limit is named without a multiple
        assertThat(lake(Grade.II, "NH3_N", "0.6", "DO", "5.5"))
                .isEqualTo("11月水质为Ⅲ类，达到饮用水水源水质要求；溶解氧低于Ⅱ类水质目标，氨氮超过Ⅱ类水质目标0.2倍");
    }

    @Test
    void missing_the_requirement_names_every_graded_item_over_class_three_by_its_plain_name() {
        assertThat(lake(Grade.II, "TP", "0.062", "TN", "2.5", "NH3_N", "1.12", "DO", "4", "PH", "9.5", "COD", "20"))
                .isEqualTo("11月水质为劣Ⅴ类，未达到饮用水水源水质要求（Ⅲ类）；pH超出Ⅲ类标准范围，溶解氧低于Ⅲ类标准，"
                        + "氨氮超过Ⅲ类标准0.12倍，总磷超过Ⅲ类标准0.24倍");
    }

    @Test
    void a_value_just_at_the_limit_is_not_named() {
        assertThat(lake(Grade.III, "NH3_N", "1.0", "TP", "0.051"))
                .isEqualTo("11月水质为Ⅳ类，未达到饮用水水源水质要求（Ⅲ类）；总磷超过Ⅲ类标准0.02倍");
    }
}
