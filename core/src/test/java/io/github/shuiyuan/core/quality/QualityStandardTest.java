package io.github.shuiyuan.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Single-factor grading against the shipped GB 3838-2002 and GB/T 14848-2017 tables. */
class QualityStandardTest {

    static final QualityStandard STANDARD = QualityStandard.national();

    /** Grades code/value pairs ({@code "NH3_N", "0.5"}) for a source of {@code kind} against {@code target}. */
    static Grading grade(SourceKind kind, Grade target, String... codesAndValues) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put(codesAndValues[i], new BigDecimal(codesAndValues[i + 1]));
        }
        return STANDARD.grade(values, kind, target);
    }

    static Grade river(String code, String value) {
        return grade(SourceKind.RIVER, Grade.III, code, value).grade();
    }

    @ParameterizedTest(name = "NH3_N {0} is class {1}")
    @CsvSource({"0.15, I", "0.16, II", "0.5, II", "0.5000, II", "0.51, III", "1.0, III", "2.0, V", "2.01, WORSE_THAN_V"})
    void upper_limits_are_inclusive_and_compared_exactly(String value, Grade expected) {
        assertThat(river("NH3_N", value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "DO {0} is class {1}")
    @CsvSource({"7.5, I", "7.49, II", "6, II", "5.99, III", "2, V", "1.99, WORSE_THAN_V"})
    void dissolved_oxygen_is_a_lower_limit(String value, Grade expected) {
        assertThat(river("DO", value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pH {0} is class {1}")
    @CsvSource({"6, I", "9, I", "7.5, I", "5.99, WORSE_THAN_V", "9.01, WORSE_THAN_V"})
    void ph_is_a_range_with_both_ends_inside(String value, Grade expected) {
        assertThat(river("PH", value)).isEqualTo(expected);
    }

    @Test
    void total_phosphorus_uses_the_row_for_the_source_kind() {
        assertThat(grade(SourceKind.RIVER, Grade.III, "TP", "0.05").grade()).isEqualTo(Grade.II);
        assertThat(grade(SourceKind.LAKE_RESERVOIR, Grade.III, "TP", "0.05").grade()).isEqualTo(Grade.III);
        assertThat(grade(SourceKind.RIVER, Grade.III, "TP", "0.2").grade()).isEqualTo(Grade.III);
        assertThat(grade(SourceKind.LAKE_RESERVOIR, Grade.III, "TP", "0.2").grade()).isEqualTo(Grade.V);
        assertThat(STANDARD.parameter("TP", SourceKind.RIVER).orElseThrow().nameZh()).isEqualTo("总磷(河流)");
        assertThat(STANDARD.parameter("TP", SourceKind.LAKE_RESERVOIR).orElseThrow().nameZh()).isEqualTo("总磷(湖库)");
    }

    @Test
    void total_nitrogen_is_graded_nowhere_and_absent_for_rivers() {
        assertThat(STANDARD.parameter("TN", SourceKind.RIVER)).isEmpty();
        assertThat(STANDARD.parameter("TN", SourceKind.LAKE_RESERVOIR)).hasValueSatisfying(p -> {
            assertThat(p.graded()).isFalse();
            assertThat(p.compliance()).isFalse();
        });
        Grading lake = grade(SourceKind.LAKE_RESERVOIR, Grade.III, "TN", "5", "PH", "7");
        assertThat(lake.grade()).isEqualTo(Grade.I);
        assertThat(lake.compliant()).isTrue();
        assertThat(lake.exceedances()).isEmpty();
    }

    @Test
    void fecal_coliform_is_reported_not_graded() {
        Grading g = grade(SourceKind.RIVER, Grade.III, "FCOLI", "50000", "PH", "7");
        assertThat(g.grade()).isEqualTo(Grade.I);
        assertThat(g.exceedances()).isEmpty();
    }

    @Test
    void a_supplementary_item_over_its_limit_fails_compliance_and_target_without_a_class() {
        Grading g = grade(SourceKind.RIVER, Grade.II, "PH", "7", "SO4", "260");
        assertThat(g.grade()).isEqualTo(Grade.I);
        assertThat(g.compliant()).isFalse();
        assertThat(g.targetMet()).isFalse();
        assertThat(g.exceedances()).containsExactly(
                new Exceedance("SO4", new BigDecimal("260"), "250", null, new BigDecimal("0.04")));
    }

    @Test
    void a_supplementary_item_equal_to_its_limit_meets_it() {
        Grading g = grade(SourceKind.RIVER, Grade.II, "PH", "7", "SO4", "250");
        assertThat(g.compliant()).isTrue();
        assertThat(g.targetMet()).isTrue();
        assertThat(g.exceedances()).isEmpty();
    }

    @ParameterizedTest(name = "groundwater NH3_N {0} is class {1}")
    @CsvSource({"0.02, I", "0.1, II", "0.10, II", "0.5, III", "1.5, IV", "1.51, V"})
    void groundwater_has_classes_I_to_IV_and_V_beyond(String value, Grade expected) {
        assertThat(grade(SourceKind.GROUNDWATER, Grade.III, "NH3_N", value).grade()).isEqualTo(expected);
    }

    @Test
    void groundwater_ph_range_and_codes_its_table_lacks() {
        assertThat(grade(SourceKind.GROUNDWATER, Grade.III, "PH", "5.5").grade()).isEqualTo(Grade.IV);
        assertThat(grade(SourceKind.GROUNDWATER, Grade.III, "PH", "5.49").grade()).isEqualTo(Grade.V);
        assertThat(grade(SourceKind.GROUNDWATER, Grade.III, "DO", "1").isGraded()).isFalse();
        Grading sulphate = grade(SourceKind.GROUNDWATER, Grade.III, "SO4", "260");
        assertThat(sulphate.grade()).isEqualTo(Grade.IV);
        assertThat(sulphate.exceedances()).containsExactly(
                new Exceedance("SO4", new BigDecimal("260"), "250", Grade.IV, new BigDecimal("0.04")));
    }

    @Test
    void the_sample_class_is_its_worst_item() {
        Grading g = grade(SourceKind.RIVER, Grade.III, "PH", "7", "DO", "7.6", "CODMN", "5", "NH3_N", "0.2");
        assertThat(g.grade()).isEqualTo(Grade.III);
        assertThat(g.compliant()).isTrue();
        assertThat(g.targetMet()).isTrue();
    }

    @Test
    void class_III_against_a_class_II_target_is_compliant_but_misses_the_target() {
        Grading g = grade(SourceKind.RIVER, Grade.II, "CODMN", "5");
        assertThat(g.compliant()).isTrue();
        assertThat(g.targetMet()).isFalse();
        assertThat(g.exceedances()).containsExactly(
                new Exceedance("CODMN", new BigDecimal("5"), "4", Grade.III, new BigDecimal("0.25")));
    }

    @Test
    void class_IV_is_not_compliant() {
        Grading g = grade(SourceKind.RIVER, Grade.III, "CODMN", "6.01");
        assertThat(g.grade()).isEqualTo(Grade.IV);
        assertThat(g.compliant()).isFalse();
        assertThat(g.targetMet()).isFalse();
    }

    @Test
    void the_exceedance_multiple_is_over_the_target_limit_rounded_half_up_to_two_decimals() {
        assertThat(multiple("6.03")).isEqualByComparingTo("0.51");
        assertThat(multiple("6.03").scale()).isEqualTo(2);
        // (4.1 − 4) / 4 = 0.025: half-up gives 0.03 where half-even would give 0.02
        assertThat(multiple("4.1")).isEqualTo(new BigDecimal("0.03"));
        // (4.02 − 4) / 4 = 0.005 → 0.01
        assertThat(multiple("4.02")).isEqualTo(new BigDecimal("0.01"));
        // (4.01 − 4) / 4 = 0.0025 → 0.00
        assertThat(multiple("4.01")).isEqualTo(new BigDecimal("0.00"));
    }

    private static BigDecimal multiple(String codmn) {
        return grade(SourceKind.RIVER, Grade.II, "CODMN", codmn).exceedances().get(0).multiple();
    }

    @Test
    void lower_limits_and_ranges_have_no_exceedance_multiple_and_keep_the_range_text() {
        Grading g = grade(SourceKind.RIVER, Grade.II, "DO", "5.5", "PH", "9.5");
        assertThat(g.exceedances()).containsExactly(
                new Exceedance("DO", new BigDecimal("5.5"), "6", Grade.III, null),
                new Exceedance("PH", new BigDecimal("9.5"), "6-9", Grade.WORSE_THAN_V, null));
    }

    @Test
    void a_sample_with_only_codes_the_applicable_table_lacks_is_ungraded() {
        Grading g = grade(SourceKind.RIVER, Grade.III, "TURBIDITY", "50", "TN", "9", "NA", "500");
        assertThat(g.isGraded()).isFalse();
        assertThat(g.grade()).isNull();
        assertThat(g.compliant()).isNull();
        assertThat(g.targetMet()).isNull();
        assertThat(g.target()).isEqualTo(Grade.III);
        assertThat(g.exceedances()).isEmpty();
    }

    @Test
    void the_default_target_is_the_first_zone_target_only_for_surface_samples_in_the_first_zone() {
        assertThat(QualityStandard.target(SourceKind.RIVER, ZoneLevel.FIRST, Grade.II)).isEqualTo(Grade.II);
        assertThat(QualityStandard.target(SourceKind.LAKE_RESERVOIR, ZoneLevel.FIRST, Grade.I)).isEqualTo(Grade.I);
        assertThat(QualityStandard.target(SourceKind.RIVER, ZoneLevel.SECOND, Grade.II)).isEqualTo(Grade.III);
        assertThat(QualityStandard.target(SourceKind.RIVER, null, Grade.II)).isEqualTo(Grade.III);
        assertThat(QualityStandard.target(SourceKind.GROUNDWATER, ZoneLevel.FIRST, Grade.II)).isEqualTo(Grade.III);
    }

    @Test
    void known_codes_are_those_of_either_table() {
        assertThat(STANDARD.knownCodes()).contains("PH", "DO", "TN", "FCOLI", "SO4", "TURBIDITY", "TBC", "AL")
                .doesNotContain("XYZ", "ph");
    }

    @Test
    void every_row_of_both_tables_was_read() {
        assertThat(STANDARD.knownCodes()).hasSize(38);
    }

    @org.junit.jupiter.api.Test
    void the_rows_for_a_kind_keep_the_tables_order_and_only_the_applicable_variant() {
        assertThat(STANDARD.parameters(SourceKind.LAKE_RESERVOIR)).extracting(Parameter::code)
                .startsWith("PH", "DO", "CODMN", "COD").containsOnlyOnce("TP").contains("TN");
        assertThat(STANDARD.parameters(SourceKind.LAKE_RESERVOIR)).filteredOn(p -> p.code().equals("TP"))
                .extracting(Parameter::nameZh).containsExactly("总磷(湖库)");
        assertThat(STANDARD.parameters(SourceKind.RIVER)).extracting(Parameter::code).doesNotContain("TN");
        assertThat(STANDARD.parameters(SourceKind.GROUNDWATER)).isNotEmpty()
                .allSatisfy(p -> assertThat(STANDARD.parameter(p.code(), SourceKind.GROUNDWATER)).contains(p));
    }
}
