package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A case file with structure errors still gets its references and dates checked: every error at once. */
class EveryErrorAtOnceTest {

    private static String caseFile(String sourceExtra, String problemExtra, String status) {
        return """
                {"schemaVersion": "1",
                 "jurisdiction": {"code": "320602", "name": "崇川区"},
                 "units": [{"id": "SD-RENGANG", "name": "任港街道", "type": "SUB_DISTRICT"}],
                 "waterSources": [{"id": "WS-001", "name": "长江某水厂取水口水源地", "kind": "RIVER",
                                   "status": "IN_USE", "responsibleUnitId": "SD-RENGANG"%s}],
                 "problems": [{"id": "PRB-001", "serialNo": 1, "waterSourceId": "WS-404", "zoneLevel": "FIRST",
                               "category": "SEWAGE_OUTFALL", "status": "%s", "identifiedOn": "2018-03-10",
                               "responsibleUnitId": "SD-RENGANG"%s}]}
                """.formatted(sourceExtra, status, problemExtra);
    }

    private static List<String> paths(String json, CaseFileJson reader) {
        InvalidCaseFileException e = catchThrowableOfType(InvalidCaseFileException.class, () -> reader.readString(json));
        assertThat(e).as("the case file must be refused").isNotNull();
        return e.errors().stream().map(ValidationError::path).toList();
    }

    @Test
    void unknown_field_impossible_date_and_dangling_reference_are_reported_together() {
        String json = caseFile(", \"remarks\": \"笔误\"", ", \"deadline\": \"2018-02-30\"", "OPEN");

        assertThat(paths(json, CaseFileJson.strict())).containsExactly(
                "$.waterSources[0].remarks", "$.problems[0].deadline", "$.problems[0].waterSourceId");
    }

    @Test
    void a_cleared_date_does_not_also_count_as_missing() {
        String json = caseFile("", ", \"rectifiedOn\": \"2018-02-30\"", "RECTIFIED");

        assertThat(paths(json, CaseFileJson.strict()))
                .containsExactly("$.problems[0].rectifiedOn", "$.problems[0].waterSourceId");
    }

    @Test
    void an_impossible_required_date_does_not_hide_the_dangling_reference() {
        String json = caseFile(", \"remarks\": \"笔误\"", "", "OPEN")
                .replace("\"identifiedOn\": \"2018-03-10\"", "\"identifiedOn\": \"2018-02-30\"");

        assertThat(paths(json, CaseFileJson.strict())).containsExactly(
                "$.waterSources[0].remarks", "$.problems[0].identifiedOn", "$.problems[0].waterSourceId");
    }

    @Test
    void a_list_of_the_wrong_type_stops_before_the_content_checks() {
        String json = caseFile("", "", "OPEN").replace("\"units\": [", "\"units\": {\"x\": [").replace("}],\n \"waterSources", "}]},\n \"waterSources");

        assertThat(paths(json, CaseFileJson.strict())).containsExactly("$.units");
    }

    @Test
    void a_lenient_reader_ignores_the_unknown_field_and_still_reports_the_rest() {
        String json = caseFile(", \"remarks\": \"笔误\"", ", \"deadline\": \"2018-02-30\"", "OPEN");

        assertThat(paths(json, CaseFileJson.lenient()))
                .containsExactly("$.problems[0].deadline", "$.problems[0].waterSourceId");
    }
}
