package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static io.github.shuiyuan.testing.CaseFiles.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shuiyuan.core.quality.Exceedance;
import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 水质: WQ-01, WQ-02, WQ-03, the DAT-01 companion of WQ-01, and the waterQuality entries of the assessment. */
class WaterQualityRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    /** Class II in every graded item of a river sample (the base case's source WS-A is a river). */
    static final Map<String, BigDecimal> CLASS_II = values("PH", "7.6", "DO", "7.0", "CODMN", "2.6", "NH3_N", "0.21", "TP", "0.08");

    /** A sample at WS-A: id, date, point (null for none), zone level and the values. */
    static CaseDraft sample(CaseDraft builder, String id, String sampledOn, String point, String zoneLevel,
                            Map<String, BigDecimal> values) {
        return builder.add(Sample.builder().id(id).waterSourceId("WS-A").point(point)
                .zoneLevel(ZoneLevel.valueOf(zoneLevel))
                .sampledOn(date(sampledOn)).values(values).build());
    }

    /** {@code values} with more codes and values after them. */
    static Map<String, BigDecimal> plus(Map<String, BigDecimal> values, String... codesAndValues) {
        Map<String, BigDecimal> all = new LinkedHashMap<>(values);
        all.putAll(values(codesAndValues));
        return all;
    }

    static CaseDraft one(String zoneLevel, Map<String, BigDecimal> values) {
        return sample(CaseFiles.healthy(), "S-1", "2018-06-08", "取水口", zoneLevel, values);
    }

    // WQ-01

    @Test
    void wq01_fires_for_a_sample_worse_than_class_III_naming_the_item_and_its_class() {
        Verify.rule("WQ-01").given(one("SECOND", plus(CLASS_II, "BOD5", "4.5"))).asOf(D)
                .firesExactlyFor("S-1")
                .withMessageContaining("S-1", "甲水厂取水口水源地", "取水口", "2018-06-08", "Ⅳ类", "五日生化需氧量4.5mg/L");
    }

    @Test
    void wq01_a_value_equal_to_the_class_III_limit_is_compliant() {
        Verify.rule("WQ-01").given(one("SECOND", values("NH3_N", "1.0"))).asOf(D).doesNotFire();
        Verify.rule("WQ-01").given(one("SECOND", values("NH3_N", "1.01"))).asOf(D).firesExactlyFor("S-1");
    }

    @Test
    void wq01_dissolved_oxygen_is_a_lower_limit() {
        Verify.rule("WQ-01").given(one("SECOND", values("DO", "5"))).asOf(D).doesNotFire();
        Verify.rule("WQ-01").given(one("SECOND", values("DO", "4.99"))).asOf(D).firesExactlyFor("S-1");
    }

    @Test
    void wq01_fires_for_a_supplementary_item_over_its_limit_even_in_a_class_II_sample() {
        Verify.rule("WQ-01").given(one("SECOND", plus(CLASS_II, "SO4", "260"))).asOf(D)
                .firesExactlyFor("S-1")
                        .withMessageContaining("S-1", "水质为Ⅱ类", "不满足集中式饮用水水源地要求", "硫酸盐(补充项目)260mg/L（限值250，超标0.04倍）");
        Verify.rule("WQ-01").given(one("SECOND", plus(CLASS_II, "SO4", "250"))).asOf(D).doesNotFire();
    }

    @Test
    void wq01_groundwater_is_graded_on_its_own_table_where_worse_than_IV_is_V() {
        CaseDraft ground = one("FIRST", values("NH3_N", "1.6")).source("WS-A", s -> s.kind(SourceKind.GROUNDWATER));
        Verify.rule("WQ-01").given(ground).asOf(D).firesExactlyFor("S-1").withMessageContaining("S-1", "Ⅴ类");
        CaseDraft classIII = one("FIRST", values("NH3_N", "0.5")).source("WS-A", s -> s.kind(SourceKind.GROUNDWATER));
        Verify.rule("WQ-01").given(classIII).asOf(D).doesNotFire();
    }

    @Test
    void wq01_missing_data_when_no_value_is_a_graded_item_of_the_applicable_table() {
        CaseDraft onlyTotalNitrogen = one("SECOND", values("TN", "3.0", "FCOLI", "50000"));
        Verify.rule("WQ-01").given(onlyTotalNitrogen).asOf(D).doesNotFire();
        Verify.missingData("WQ-01").given(onlyTotalNitrogen).asOf(D).firesExactlyFor("S-1")
                .withMessageContaining("S-1", "values", "WQ-01");
        CaseDraft oxygenInGroundwater = one("SECOND", values("DO", "1")).source("WS-A", s -> s
                .kind(SourceKind.GROUNDWATER));
        Verify.missingData("WQ-01").given(oxygenInGroundwater).asOf(D).firesExactlyFor("S-1");
    }

    @Test
    void wq01_missing_data_stays_quiet_when_one_item_is_graded() {
        Verify.missingData("WQ-01").given(one("SECOND", values("TN", "3.0", "PH", "7"))).asOf(D).doesNotFire();
    }

    // WQ-02

    @Test
    void wq02_fires_when_the_latest_sample_at_a_point_is_worse_than_the_one_before() {
        CaseDraft worse = sample(one("SECOND", CLASS_II), "S-2", "2018-06-20", "取水口", "SECOND", values("CODMN", "6"));
        Verify.rule("WQ-02").given(worse).asOf(D).firesExactlyFor("S-2")
                .withMessageContaining("S-2", "Ⅲ类", "S-1", "Ⅱ类", "变差");
    }

    @Test
    void wq02_stays_quiet_when_the_latest_is_as_good_or_better() {
        CaseDraft same = sample(one("SECOND", values("CODMN", "4")), "S-2", "2018-06-20", "取水口", "SECOND", values("CODMN", "2.1"));
        Verify.rule("WQ-02").given(same).asOf(D).doesNotFire();
        CaseDraft better = sample(one("SECOND", values("CODMN", "6")), "S-2", "2018-06-20", "取水口", "SECOND", values("CODMN", "4"));
        Verify.rule("WQ-02").given(better).asOf(D).doesNotFire();
    }

    @Test
    void wq02_only_the_latest_sample_at_the_point_counts() {
        CaseDraft earlierDrop = sample(sample(one("SECOND", CLASS_II), "S-2", "2018-06-15", "取水口", "SECOND",
                values("CODMN", "8")), "S-3", "2018-06-20", "取水口", "SECOND", values("CODMN", "8"));
        Verify.rule("WQ-02").given(earlierDrop).asOf(D).doesNotFire();
        Verify.rule("WQ-02").given(earlierDrop).asOf(LocalDate.of(2018, 6, 19)).firesExactlyFor("S-2");
    }

    @Test
    void wq02_a_sample_dated_after_D_does_not_exist_yet() {
        CaseDraft later = sample(one("SECOND", CLASS_II), "S-2", "2018-06-26", "取水口", "SECOND", values("CODMN", "6"));
        Verify.rule("WQ-02").given(later).asOf(D).doesNotFire();
        Verify.rule("WQ-02").given(later).asOf(LocalDate.of(2018, 6, 26)).firesExactlyFor("S-2");
    }

    @Test
    void wq02_on_the_same_day_the_larger_id_is_the_latest() {
        CaseDraft worseLast = sample(sample(CaseFiles.healthy(), "S-2", "2018-06-08", "取水口", "SECOND", values("CODMN", "2")),
                "S-3", "2018-06-08", "取水口", "SECOND", values("CODMN", "6"));
        Verify.rule("WQ-02").given(worseLast).asOf(D).firesExactlyFor("S-3");
        CaseDraft betterLast = sample(sample(CaseFiles.healthy(), "S-2", "2018-06-08", "取水口", "SECOND", values("CODMN", "6")),
                "S-3", "2018-06-08", "取水口", "SECOND", values("CODMN", "2"));
        Verify.rule("WQ-02").given(betterLast).asOf(D).doesNotFire();
    }

    @Test
    void wq02_compares_only_samples_of_the_same_point_and_leaves_out_samples_without_one() {
        CaseDraft otherPoint = sample(one("SECOND", CLASS_II), "S-2", "2018-06-20", "下游断面", "SECOND", values("CODMN", "6"));
        Verify.rule("WQ-02").given(otherPoint).asOf(D).doesNotFire();
        CaseDraft noPoint = sample(sample(CaseFiles.healthy(), "S-1", "2018-06-08", null, "SECOND", CLASS_II),
                "S-2", "2018-06-20", null, "SECOND", values("CODMN", "6"));
        Verify.rule("WQ-02").given(noPoint).asOf(D).doesNotFire();
        CaseDraft blankPoint = sample(sample(CaseFiles.healthy(), "S-1", "2018-06-08", " ", "SECOND", CLASS_II),
                "S-2", "2018-06-20", " ", "SECOND", values("CODMN", "6"));
        Verify.rule("WQ-02").given(blankPoint).asOf(D).doesNotFire();
    }

    @Test
    void wq02_compares_only_samples_of_the_same_source() {
        CaseDraft twoSources = one("SECOND", CLASS_II)
                .add(WaterSource.builder().id("WS-B").name("乙水厂水源地").kind(SourceKind.RIVER).responsibleUnitId("SD-B")
                        .status(SourceStatus.IN_USE).build())
                .add(Sample.builder().id("S-2").waterSourceId("WS-B").point("取水口").zoneLevel(ZoneLevel.SECOND)
                        .sampledOn(date("2018-06-20")).values(values("CODMN", "6")).build());
        Verify.rule("WQ-02").given(twoSources).asOf(D).doesNotFire();
    }

    // WQ-03

    @Test
    void wq03_fires_for_a_first_zone_sample_in_class_III_with_the_exceedance_multiple() {
        CaseDraft classIII = one("FIRST", values("PH", "7.2", "CODMN", "5.5"));
        Verify.rule("WQ-03").given(classIII).asOf(D).firesExactlyFor("S-1")
                .withMessageContaining("S-1", "Ⅲ类", "水质目标Ⅱ类", "高锰酸盐指数5.5mg/L", "Ⅱ类限值4", "超标0.38倍");
        Verify.rule("WQ-01").given(classIII).asOf(D).doesNotFire();
    }

    @Test
    void wq03_a_value_equal_to_the_class_II_limit_meets_the_target() {
        Verify.rule("WQ-03").given(one("FIRST", values("CODMN", "4"))).asOf(D).doesNotFire();
        Verify.rule("WQ-03").given(one("FIRST", values("CODMN", "4.01"))).asOf(D).firesExactlyFor("S-1");
    }

    @Test
    void wq03_stays_quiet_outside_the_first_zone_for_groundwater_and_when_not_compliant() {
        Verify.rule("WQ-03").given(one("SECOND", values("CODMN", "6"))).asOf(D).doesNotFire();
        Verify.rule("WQ-03").given(one("FIRST", values("NH3_N", "0.5")).source("WS-A", s -> s.kind(SourceKind.GROUNDWATER)))
                .asOf(D).doesNotFire();
        Verify.rule("WQ-03").given(one("FIRST", values("CODMN", "8"))).asOf(D).doesNotFire();
    }

    @Test
    void wq03_the_first_zone_target_is_a_threshold() throws Exception {
        ComplianceEngine classIII = ComplianceEngine.builder().threshold("wq.firstZoneTarget", "III").build();
        Assessment a = classIII.assess(one("FIRST", values("CODMN", "5.5")).build(), D);
        assertThat(a.findings("WQ-03")).isEmpty();
        assertThat(a.waterQuality().get(0).target()).isEqualTo(Grade.III);
    }

    // The waterQuality entries of the assessment

    @Test
    void every_sample_dated_on_or_before_D_gets_a_water_quality_entry_sorted_by_id() {
        CaseDraft three = sample(sample(one("FIRST", CLASS_II), "S-0", "2018-06-25", "取水口", "FIRST", CLASS_II),
                "S-9", "2018-06-26", "取水口", "FIRST", CLASS_II);
        List<WaterQualityResult> entries = Verify.assess(three.build(), D).waterQuality();
        assertThat(entries).extracting(WaterQualityResult::sampleId).containsExactly("S-0", "S-1");
        WaterQualityResult s1 = entries.get(1);
        assertThat(s1.waterSourceId()).isEqualTo("WS-A");
        assertThat(s1.sampledOn()).isEqualTo(LocalDate.of(2018, 6, 8));
        assertThat(s1.grade()).isEqualTo(Grade.II);
        assertThat(s1.target()).isEqualTo(Grade.II);
        assertThat(s1.compliant()).isTrue();
        assertThat(s1.targetMet()).isTrue();
        assertThat(s1.exceedances()).isEmpty();
    }

    @Test
    void a_water_quality_entry_lists_the_items_that_miss_the_target() {
        WaterQualityResult entry = Verify.assess(one("FIRST", values("PH", "9.5", "CODMN", "6.03", "DO", "5.5", "SO4", "260")).build(), D)
                .waterQuality().get(0);
        assertThat(entry.grade()).isEqualTo(Grade.WORSE_THAN_V);
        assertThat(entry.compliant()).isFalse();
        assertThat(entry.targetMet()).isFalse();
        assertThat(entry.exceedances()).containsExactly(
                new Exceedance("PH", new BigDecimal("9.5"), "6-9", Grade.WORSE_THAN_V, null),
                new Exceedance("CODMN", new BigDecimal("6.03"), "4", Grade.IV, new BigDecimal("0.51")),
                new Exceedance("DO", new BigDecimal("5.5"), "6", Grade.III, null),
                new Exceedance("SO4", new BigDecimal("260"), "250", null, new BigDecimal("0.04")));
    }

    @Test
    void the_json_of_an_entry_names_the_contract_fields_and_leaves_out_what_is_absent() throws IOException {
        CaseDraft two = sample(one("FIRST", values("CODMN", "6.03", "SO4", "260")), "S-2", "2018-06-09", "取水口", "FIRST", values("TN", "1"));
        JsonNode json = new ObjectMapper().readTree(ComplianceEngine.toJson(Verify.assess(two.build(), D)));
        JsonNode graded = json.get("waterQuality").get(0);
        assertThat(fieldNames(graded)).containsExactly(
                "sampleId", "waterSourceId", "sampledOn", "grade", "target", "compliant", "targetMet", "exceedances");
        assertThat(graded.get("sampledOn").asText()).isEqualTo("2018-06-08");
        assertThat(graded.get("grade").asText()).isEqualTo("IV");
        JsonNode codmn = graded.get("exceedances").get(0);
        assertThat(fieldNames(codmn)).containsExactly("parameter", "value", "limit", "grade", "multiple");
        assertThat(codmn.get("value").toString()).isEqualTo("6.03");
        assertThat(codmn.get("multiple").toString()).isEqualTo("0.51");
        assertThat(fieldNames(graded.get("exceedances").get(1))).containsExactly("parameter", "value", "limit", "multiple");
        JsonNode ungraded = json.get("waterQuality").get(1);
        assertThat(fieldNames(ungraded)).containsExactly("sampleId", "waterSourceId", "sampledOn", "target", "exceedances");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
