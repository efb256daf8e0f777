package io.github.shuiyuan.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.quality.QualityStandard;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sentences SampleGrade gives the 水质 rules, and its comparison with the sample before it. */
class SampleGradeTest {

    static final WaterSource RIVER = new WaterSource("WS-A", "甲水厂取水口水源地", SourceKind.RIVER, null, null, "SD-A",
            SourceStatus.IN_USE, null, null, null, null, null, List.of());

    static SampleGrade graded(String point, Grade previous, Map<String, BigDecimal> values) {
        Sample sample = new Sample("S-1", "WS-A", point, ZoneLevel.FIRST, LocalDate.of(2018, 6, 8), null, values);
        return new SampleGrade(sample, RIVER, QualityStandard.national().grade(values, SourceKind.RIVER, Grade.II),
                previous, previous == null ? null : "S-0");
    }

    static Map<String, BigDecimal> values(String... codesAndValues) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put(codesAndValues[i], new BigDecimal(codesAndValues[i + 1]));
        }
        return values;
    }

    @Test
    void describe_names_source_point_date_and_id_and_leaves_out_a_blank_point() {
        assertThat(graded(" 取水口 ", null, values("PH", "7")).describe()).isEqualTo("水源地“甲水厂取水口水源地”取水口2018-06-08采样（S-1）");
        assertThat(graded("  ", null, values("PH", "7")).describe()).isEqualTo("水源地“甲水厂取水口水源地”2018-06-08采样（S-1）");
    }

    @Test
    void compliance_failures_name_only_the_items_worse_than_class_III_and_supplementary_items_over_their_limit() {
        SampleGrade g = graded("取水口", null, values("CODMN", "5", "NH3_N", "1.6", "PH", "5.5", "SO4", "260"));
        assertThat(g.isCompliant()).isFalse();
        assertThat(g.complianceFailures()).isEqualTo(
                "氨氮1.6mg/L（Ⅴ类，Ⅱ类限值0.5，超标2.20倍），pH5.5（劣Ⅴ类，Ⅱ类限值6-9），硫酸盐(补充项目)260mg/L（限值250，超标0.04倍）");
    }

    @Test
    void target_shortfalls_name_every_item_that_misses_the_target() {
        SampleGrade g = graded("取水口", null, values("CODMN", "5.5", "DO", "5.5"));
        assertThat(g.isCompliant()).isTrue();
        assertThat(g.isTargetMet()).isFalse();
        assertThat(g.targetShortfalls()).isEqualTo(
                "高锰酸盐指数5.5mg/L（Ⅲ类，Ⅱ类限值4，超标0.38倍），溶解氧5.5mg/L（Ⅲ类，Ⅱ类限值6）");
    }

    @Test
    void worse_than_previous_needs_a_graded_sample_and_a_better_previous_grade() {
        Map<String, BigDecimal> classIII = values("CODMN", "5");
        assertThat(graded("取水口", Grade.II, classIII).isWorseThanPrevious()).isTrue();
        assertThat(graded("取水口", Grade.III, classIII).isWorseThanPrevious()).isFalse();
        assertThat(graded("取水口", null, classIII).isWorseThanPrevious()).isFalse();
        assertThat(graded("取水口", Grade.I, values("TN", "3")).isWorseThanPrevious()).isFalse();
    }
}
