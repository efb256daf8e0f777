package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that is not a JSON object, or too big or too deep to read: one error at {@code $}, with a line and column. */
class CaseFileJsonSyntaxTest {

    static ValidationError onlyError(List<ValidationError> errors) {
        assertThat(errors).hasSize(1);
        ValidationError error = errors.get(0);
        assertThat(error.path()).isEqualTo("$");
        assertThat(error.message()).isNotBlank();
        assertThat(error.messageEn()).isNotBlank();
        return error;
    }

    static List<ValidationError> errorsOfBytes(byte[] bytes) {
        try {
            CaseFileJson.strict().read(new ByteArrayInputStream(bytes));
            return List.of();
        } catch (InvalidCaseFileException e) {
            return e.errors();
        } catch (java.io.IOException e) {
            throw new AssertionError("bad content must be an InvalidCaseFileException, not " + e, e);
        }
    }

    @Test
    void truncated_json_is_malformed_at_the_line_where_it_stops() {
        String json = Fixture.valid().json();
        String truncated = json.substring(0, json.indexOf("\"problems\""));
        ValidationError error = onlyError(Fixture.errorsOf(truncated));
        assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(error.line()).isEqualTo(truncated.split("\n", -1).length);
        assertThat(error.column()).isPositive();
        assertThat(error.describe()).contains("第" + error.line() + "行");
    }

    @Test
    void a_syntax_error_names_its_line_and_column() {
        ValidationError error = onlyError(Fixture.errorsOf("{\n  \"schemaVersion\": \"1\",\n  \"jurisdiction\" {}\n}"));
        assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(18);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "<?xml version=\"1.0\"?><case/>", "{'schemaVersion': '1'}", "{\"a\": NaN}",
            "{\"a\": 1,}", "{\"a\": 1} {\"b\": 2}", "{\"a\": 1} x", "{\"a\": 1, \"a\": 2}"})
    void text_that_is_not_one_json_value_is_malformed(String text) {
        ValidationError error = onlyError(Fixture.errorsOf(text));
        assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isPositive();
    }

    @Test
    void binary_files_are_malformed_not_an_io_failure() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        byte[] zeros = {0, 0, 0, 'x', 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        byte[] invalidUtf8 = {'{', '"', (byte) 0xC3, '"', ':', '1', '}'};
        for (byte[] bytes : List.of(png, zip, zeros, invalidUtf8)) {
            assertThat(onlyError(errorsOfBytes(bytes)).code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n  \t"})
    void empty_input_is_malformed_with_its_position(String text) {
        ValidationError error = onlyError(Fixture.errorsOf(text));
        assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(error.message()).contains("为空");
        assertThat(error.line()).isNotNull();
        assertThat(error.column()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"case\"", "42", "null"})
    void a_json_value_other_than_an_object_is_the_wrong_type(String text) {
        assertThat(onlyError(Fixture.errorsOf(text)).code()).isEqualTo(ErrorCode.WRONG_TYPE);
    }

    @ParameterizedTest
    @ValueSource(ints = {CaseFileJson.MAX_NESTING_DEPTH + 1, 100_000})
    void absurd_nesting_is_too_deep(int depth) {
        String json = "{\"schemaVersion\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
        ValidationError error = onlyError(Fixture.errorsOf(json));
        assertThat(error.code()).isEqualTo(ErrorCode.TOO_DEEP);
        assertThat(error.line()).isEqualTo(1);
    }

    @Test
    void nesting_up_to_the_limit_is_read_and_then_judged_on_its_content() {
        int depth = CaseFileJson.MAX_NESTING_DEPTH;
        String json = "{\"schemaVersion\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
        assertThat(Fixture.errorsOf(json)).extracting(ValidationError::code).doesNotContain(ErrorCode.TOO_DEEP);
    }

    @Test
    void a_huge_string_is_too_large() {
        String json = withJurisdictionName(CaseFileJson.MAX_STRING_LENGTH + 1);
        ValidationError error = onlyError(Fixture.errorsOf(json));
        assertThat(error.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(error.line()).isEqualTo(json.substring(0, json.indexOf("长")).lines().count());
    }

    @Test
    void a_string_of_the_largest_length_is_read() throws InvalidCaseFileException {
        String json = withJurisdictionName(CaseFileJson.MAX_STRING_LENGTH);
        assertThat(CaseFileJson.strict().readString(json).jurisdiction().name()).hasSize(CaseFileJson.MAX_STRING_LENGTH);
    }

    /** The valid case file with a jurisdiction name of {@code length} characters (built as text: too long to parse first). */
    private static String withJurisdictionName(int length) {
        String json = Fixture.valid().json();
        String name = "\"name\" : \"崇川区\"";
        return json.replaceFirst(name, "\"name\" : \"" + "长".repeat(length) + "\"");
    }

    @Test
    void a_huge_number_is_too_large() {
        String json = Fixture.valid().json().replace("\"servedPopulation\" : 800000",
                "\"servedPopulation\" : " + "9".repeat(CaseFileJson.MAX_NUMBER_LENGTH + 1));
        assertThat(json).contains("9".repeat(CaseFileJson.MAX_NUMBER_LENGTH + 1));
        assertThat(onlyError(Fixture.errorsOf(json)).code()).isEqualTo(ErrorCode.TOO_LARGE);
    }

    @Test
    void the_exception_message_summarises_the_errors() {
        assertThatThrownBy(() -> CaseFileJson.strict().readString("{"))
                .isInstanceOf(InvalidCaseFileException.class)
                .hasMessageContaining("[MALFORMED_JSON]");
    }
}
