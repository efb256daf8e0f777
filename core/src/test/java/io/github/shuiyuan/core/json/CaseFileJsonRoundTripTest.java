package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Jurisdiction;
import io.github.shuiyuan.core.Labeled;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.UnitType;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.core.validation.CaseFileValidator;
import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Chinese labels, write → read, and validation of case files built in Java. */
class CaseFileJsonRoundTripTest {

    @Test
    void chinese_labels_read_as_the_enum_names_for_every_enum_type() throws InvalidCaseFileException {
        String labels = Fixture.resource("valid-case-labels.json");
        assertThat(labels).contains("\"zoneLevel\": \"一级保护区\"", "\"status\": \"已整改\"");
        assertThat(CaseFileJson.strict().readString(labels)).isEqualTo(Fixture.valid().read());
    }

    @Test
    void the_labels_fixture_spells_every_enum_type_of_the_case_file_by_label() {
        String names = Fixture.resource("valid-case.json");
        String labels = Fixture.resource("valid-case-labels.json");
        for (Class<?> type : enumTypes(CaseFile.class, new TreeSet<>(Comparator.comparing(Class::getName)))) {
            List<? extends Labeled> values = Arrays.stream(type.getEnumConstants()).map(v -> (Labeled) v).toList();
            assertThat(values).as(type.getSimpleName() + " used in the fixture").anyMatch(v -> names.contains("\"" + v.name() + "\""));
            assertThat(values).as(type.getSimpleName() + " spelt by label").noneMatch(v -> labels.contains("\"" + v.name() + "\""))
                    .anyMatch(v -> labels.contains("\"" + v.label() + "\""));
        }
    }

    @Test
    void every_enum_value_is_found_by_its_code_and_its_label_and_labels_are_unique_per_type() {
        for (Class<?> type : enumTypes(CaseFile.class, new TreeSet<>(Comparator.comparing(Class::getName)))) {
            Set<String> labels = new TreeSet<>();
            for (Object constant : type.getEnumConstants()) {
                Labeled value = (Labeled) constant;
                assertThat(labels.add(value.label())).as("label %s of %s unique", value.label(), type).isTrue();
                assertThat(fromText(type, value.name())).contains((Object) value);
                assertThat(fromText(type, " " + value.label() + " ")).contains((Object) value);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Object> fromText(Class<?> type, String text) {
        return Labeled.fromText((Class) type, text).map(Object.class::cast);
    }

    /** The enum types reachable from a record type through its components, lists and maps, by name. */
    private static Set<Class<?>> enumTypes(Class<?> record, Set<Class<?>> found) {
        for (RecordComponent c : record.getRecordComponents()) {
            Type type = c.getGenericType();
            Class<?> raw = type instanceof ParameterizedType p
                    ? (Class<?>) p.getActualTypeArguments()[p.getActualTypeArguments().length - 1] : (Class<?>) type;
            if (raw.isEnum()) {
                found.add(raw);
            } else if (raw.isRecord()) {
                enumTypes(raw, found);
            }
        }
        return found;
    }

    @Test
    void write_then_read_gives_the_same_case_file() throws InvalidCaseFileException, IOException {
        CaseFile original = Fixture.valid().read();
        String written = CaseFileJson.strict().writeString(original);
        assertThat(CaseFileJson.strict().readString(written)).isEqualTo(original);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseFileJson.strict().write(original, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @Test
    void writing_keeps_decimals_exact_and_instants_at_their_offset() throws InvalidCaseFileException {
        CaseFile original = Fixture.valid().read();
        String written = CaseFileJson.strict().writeString(original);
        assertThat(written).contains("\"TP\" : 0.10", "\"landAreaKm2\" : 0.10", "\"designCapacityWanM3PerDay\" : 40",
                "\"capturedAt\" : \"2018-03-10T10:00:00+08:00\"", "\"capturedAt\" : \"2009-01-15T02:00:00Z\"",
                "\"zoneLevel\" : \"FIRST\"", "\"period\" : \"2018-05\"");
        CaseFile read = CaseFileJson.strict().readString(written);
        assertThat(read.samples().get(0).values().get("TP")).isEqualTo(new BigDecimal("0.10"));
        assertThat(read.evidence().get(0).capturedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(read.evidence().get(1).capturedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void writing_leaves_absent_values_out() {
        String written = CaseFileJson.strict().writeString(Fixture.valid().remove("samples[0].fullAnalysis").read());
        assertThat(written).doesNotContain("null", "\"closedOn\"", "\"fullAnalysis\"");
    }

    @Test
    void writing_writes_the_fields_of_the_contract_and_not_derived_answers() {
        String written = CaseFileJson.strict().writeString(Fixture.valid().read());
        assertThat(written).doesNotContain("\"subDistrict\"", "\"active\"", "\"surfaceWater\"", "\"lookBack\"");
    }

    @Test
    void writing_is_deterministic() {
        CaseFile file = Fixture.valid().read();
        assertThat(CaseFileJson.strict().writeString(file)).isEqualTo(CaseFileJson.strict().writeString(Fixture.valid().read()));
    }

    // validate(CaseFile): the same checks for a case file built in Java

    static WaterSource source(String id, String name, String unitId, List<Zone> zones) {
        return new WaterSource(id, name, SourceKind.RIVER, null, null, unitId, SourceStatus.IN_USE,
                null, null, null, null, null, zones);
    }

    static CaseFile javaBuilt(List<WaterSource> sources, List<Sample> samples) {
        return new CaseFile(CaseFile.SCHEMA_VERSION, new Jurisdiction("320602", "崇川区", "南通市"), null,
                List.of(new Unit("SD-A", "甲街道", UnitType.SUB_DISTRICT, null)), null, sources, null, null, null, null,
                null, null, null, samples, null);
    }

    static Sample sample(String sourceId, Map<String, BigDecimal> values) {
        return new Sample("S-1", sourceId, "取水口", ZoneLevel.FIRST, LocalDate.of(2018, 5, 8), null, values);
    }

    @Test
    void a_valid_case_file_built_in_java_has_no_errors() {
        CaseFile file = javaBuilt(List.of(source("WS-A", "甲水源地", "SD-A", List.of())),
                List.of(sample("WS-A", Map.of("PH", new BigDecimal("7.6")))));
        assertThat(CaseFileValidator.validate(file)).isEmpty();
    }

    @Test
    void a_case_file_built_in_java_is_checked_for_required_fields() {
        CaseFile file = javaBuilt(List.of(source("WS-A", null, "SD-A", List.of(new Zone(null, null, null, null, null,
                null, null, null, null, null, null)))), List.of());
        assertThat(CaseFileValidator.validate(file)).extracting(ValidationError::code, ValidationError::path)
                .containsExactlyInAnyOrder(tuple(ErrorCode.REQUIRED, "$.waterSources[0].name"),
                        tuple(ErrorCode.REQUIRED, "$.waterSources[0].zones[0].level"));
    }

    @Test
    void a_case_file_built_in_java_is_checked_for_content() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("PH", new BigDecimal("-7"));
        values.put("PHH", BigDecimal.ONE);
        CaseFile file = javaBuilt(List.of(source("WS-A", "甲水源地", "SD-X", List.of()), source("WS-A", "乙水源地", "SD-A", List.of())),
                List.of(sample("WS-B", values)));
        assertThat(CaseFileValidator.validate(file)).extracting(ValidationError::code, ValidationError::path)
                .containsExactlyInAnyOrder(
                        tuple(ErrorCode.DUPLICATE_ID, "$.waterSources[1].id"),
                        tuple(ErrorCode.DANGLING_REFERENCE, "$.waterSources[0].responsibleUnitId"),
                        tuple(ErrorCode.DANGLING_REFERENCE, "$.samples[0].waterSourceId"),
                        tuple(ErrorCode.NEGATIVE_NUMBER, "$.samples[0].values.PH"),
                        tuple(ErrorCode.UNKNOWN_PARAMETER, "$.samples[0].values.PHH"));
    }

    @Test
    void a_sample_value_that_is_null_in_java_is_required() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("PH", null);
        CaseFile file = javaBuilt(List.of(source("WS-A", "甲水源地", "SD-A", List.of())), List.of(sample("WS-A", values)));
        assertThat(CaseFileValidator.validate(file)).extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.REQUIRED, "$.samples[0].values.PH"));
    }
}
