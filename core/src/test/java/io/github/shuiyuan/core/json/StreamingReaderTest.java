package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.core.validation.ValidationError;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader is one pass over the tokens: what that pass must still get right, at the edges a tree hid. */
class StreamingReaderTest {

    private static final String UNIT = "{\"id\": \"U\", \"type\": 5, \"colour\": \"red\", \"name\": \"任港街道\"}";

    private static List<ValidationError> errors(CaseFileJson reader, String json) {
        InvalidCaseFileException e = catchThrowableOfType(InvalidCaseFileException.class, () -> reader.readString(json));
        assertThat(e).as("the case file must be refused").isNotNull();
        return e.errors();
    }

    @Test
    void within_a_record_unknown_fields_come_first_then_the_fields_in_their_declared_order() {
        String json = "{\"units\": [" + UNIT + "], \"jurisdiction\": {}}";

        assertThat(errors(CaseFileJson.strict(), json)).extracting(ValidationError::code, ValidationError::path).containsExactly(
                tuple(ErrorCode.REQUIRED, "$.schemaVersion"),          // schemaVersion is the case file's first field
                tuple(ErrorCode.UNKNOWN_FIELD, "$.units[0].colour"),
                tuple(ErrorCode.WRONG_TYPE, "$.units[0].type"));
    }

    @Test
    void a_syntax_error_after_structure_errors_is_reported_alone() {
        String json = "{\"schemaVersion\": \"1\", \"jurisdiction\": {}, \"units\": [" + UNIT + "], \"people\": [}";

        List<ValidationError> errors = errors(CaseFileJson.strict(), json);

        assertThat(errors).extracting(ValidationError::code).containsExactly(ErrorCode.MALFORMED_JSON);
        assertThat(errors.get(0).line()).isEqualTo(1);
    }

    @Test
    void a_value_the_reader_skips_still_meets_the_size_limits() {
        String huge = "长".repeat(CaseFileJson.MAX_STRING_LENGTH + 1);
        String json = "{\"schemaVersion\": \"1\", \"jurisdiction\": {}, \"platform\": {\"notes\": [\"" + huge + "\"]}}";

        assertThat(errors(CaseFileJson.lenient(), json)).extracting(ValidationError::code).containsExactly(ErrorCode.TOO_LARGE);
        assertThat(errors(CaseFileJson.strict(), json)).extracting(ValidationError::code).containsExactly(ErrorCode.TOO_LARGE);
    }

    @Test
    void a_value_of_the_wrong_type_is_skipped_whole_and_reading_goes_on_after_it() {
        String json = "{\"schemaVersion\": {\"a\": [1, {\"b\": []}]}, \"jurisdiction\": {}, \"units\": [{\"id\": 7}]}";

        assertThat(errors(CaseFileJson.strict(), json)).extracting(ValidationError::code, ValidationError::path).containsExactly(
                tuple(ErrorCode.WRONG_TYPE, "$.schemaVersion"),
                tuple(ErrorCode.WRONG_TYPE, "$.units[0].id"));
    }

    @Test
    void a_stray_word_after_the_document_is_trailing_content() {
        ValidationError error = errors(CaseFileJson.strict(), "{\"schemaVersion\": \"1\", \"jurisdiction\": {}}\nx").get(0);

        assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(error.message()).contains("多余内容");
    }

    @Test
    void a_top_level_value_other_than_an_object_is_judged_on_its_syntax_first() {
        assertThat(errors(CaseFileJson.strict(), "[1, 2")).extracting(ValidationError::code)
                .containsExactly(ErrorCode.MALFORMED_JSON);
        assertThat(errors(CaseFileJson.strict(), "[1, 2]")).extracting(ValidationError::code)
                .containsExactly(ErrorCode.WRONG_TYPE);
    }

    @Test
    void the_file_read_as_valid_is_the_file_read() throws Exception {
        String json = Fixture.valid().json();

        ValidCaseFile valid = CaseFileJson.strict().readValid(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(valid.caseFile()).isEqualTo(Fixture.valid().read());
        assertThat(CaseFileJson.strict().readString(CaseFileJson.strict().writeString(valid.caseFile())))
                .isEqualTo(valid.caseFile());
    }

    @Test
    void a_day_the_document_repeats_is_kept_as_one_instance() throws Exception {
        CaseFile file = CaseFileJson.strict().read(CaseFiles.SAMPLE);
        Inspection first = file.inspections().stream()
                .filter(i -> file.inspections().stream().filter(o -> o.date().equals(i.date())).count() > 1)
                .findFirst().orElseThrow();
        Inspection sameDay = file.inspections().stream()
                .filter(i -> i != first && i.date().equals(first.date())).findFirst().orElseThrow();

        assertThat(sameDay.date()).isSameAs(first.date());
    }

    @Test
    void a_value_the_document_repeats_is_kept_as_one_instance_with_its_scale() throws Exception {
        CaseFile file = CaseFileJson.strict().read(CaseFiles.SAMPLE);
        List<BigDecimal> values = file.samples().stream().flatMap(s -> s.values().values().stream()).toList();
        BigDecimal repeated = values.stream().filter(v -> values.stream().filter(v::equals).count() > 1)
                .findFirst().orElseThrow();

        assertThat(values.stream().filter(repeated::equals)).hasSizeGreaterThan(1).allSatisfy(v -> assertThat(v).isSameAs(repeated));
        assertThat(Fixture.valid().set("samples[0].values.PH", "7.60").read().samples().get(0).values().get("PH"))
                .hasToString("7.60");
    }

    @Test
    void an_id_the_document_repeats_is_kept_as_one_instance() throws Exception {
        CaseFile file = CaseFileJson.strict().read(CaseFiles.SAMPLE);
        Problem first = file.problems().get(0);
        Problem sameSource = file.problems().stream().skip(1)
                .filter(p -> p.waterSourceId().equals(first.waterSourceId())).findFirst().orElseThrow();

        assertThat(sameSource.waterSourceId()).isSameAs(first.waterSourceId());
        assertThat(file.waterSources().stream().filter(w -> w.id().equals(first.waterSourceId())).findFirst().orElseThrow().id())
                .isSameAs(first.waterSourceId());
    }
}
