package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.ValidationError;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values the structure allows but no case file can mean: blank ids, measurements beyond what water can be
 * (plausible ranges kept as data beside the limits tables), text after the JSON document.
 */
class DomainSanityTest {

    private static List<ErrorCode> codesAt(List<ValidationError> errors, String path) {
        return errors.stream().filter(e -> e.path().equals(path)).map(ValidationError::code).toList();
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource({
            "PH, 1e39, IMPLAUSIBLE_VALUE",
            "PH, 14.1, IMPLAUSIBLE_VALUE",
            "PH, 14, ",
            "PH, 0, ",
            "BOD5, 1e308, IMPLAUSIBLE_VALUE",
            "BOD5, 100001, IMPLAUSIBLE_VALUE",
            "BOD5, 100000, ",
            "DO, 51, IMPLAUSIBLE_VALUE",
            "DO, 49.9, ",
            "NH3_N, -0.1, NEGATIVE_NUMBER"})
    void a_measurement_is_refused_beyond_its_plausible_range_and_accepted_at_its_ends(String code, String value, ErrorCode expected) {
        List<ValidationError> errors = Fixture.valid().set("samples[0].values." + code, value).errors();
        List<ErrorCode> codes = codesAt(errors, "$.samples[0].values." + code);
        if (expected == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(codes).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "'\t'"}, quoteCharacter = '\'')
    void a_blank_id_is_refused(String id) {
        List<ValidationError> errors = Fixture.valid().set("waterSources[0].id", "\"" + id.replace("\t", "\\t") + "\"").errors();
        assertThat(codesAt(errors, "$.waterSources[0].id")).containsExactly(ErrorCode.BLANK_ID);
        assertThat(errors).filteredOn(e -> e.code() == ErrorCode.BLANK_ID).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("编号不能为空白"));
    }

    @ParameterizedTest
    @CsvSource(value = {"'x'", "'{}'", "'[1]'", "'\"\"'", "'1'"}, quoteCharacter = '\'')
    void content_after_the_document_is_told_in_chinese_without_jackson_internals(String trailing) {
        List<ValidationError> errors = Fixture.errorsOf(Fixture.valid().json() + "\n" + trailing);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
            assertThat(e.message()).contains("JSON结束后还有多余内容");
            assertThat(e.describe()).doesNotContain("FAIL_ON_TRAILING_TOKENS", "com.fasterxml", "JsonNode", "Jackson");
            assertThat(e.line()).isNotNull();
        });
    }
}
