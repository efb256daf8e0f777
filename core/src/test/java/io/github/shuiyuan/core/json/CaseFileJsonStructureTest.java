package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values of the wrong type, required fields, unknown fields and enum texts, impossible dates: each at its JSON path. */
class CaseFileJsonStructureTest {

    @Test
    void the_fixture_is_valid() {
        assertThat(Fixture.valid().errors()).isEmpty();
    }

    @Test
    void a_value_of_the_wrong_type_is_reported_at_its_path() {
        assertThat(Fixture.valid().set("problems[0].serialNo", "\"一\"").errors())
                .extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.WRONG_TYPE, "$.problems[0].serialNo"));
    }

    @Test
    void wrong_types_of_every_json_kind() {
        List<ValidationError> errors = Fixture.valid()
                .set("units", "{}")
                .set("jurisdiction", "\"崇川区\"")
                .set("waterSources[0].onlineMonitoring", "\"true\"")
                .set("waterSources[0].servedPopulation", "8.5")
                .set("waterSources[0].designCapacityWanM3PerDay", "\"40\"")
                .set("problems[0].identifiedOn", "20180310")
                .set("problems[0].zoneLevel", "1")
                .set("samples[0].values", "[7.6]")
                .set("plans[0].problemIds", "\"PRB-001\"")
                .errors();
        assertThat(errors).extracting(ValidationError::path).containsExactlyInAnyOrder(
                "$.units", "$.jurisdiction", "$.waterSources[0].onlineMonitoring", "$.waterSources[0].servedPopulation",
                "$.waterSources[0].designCapacityWanM3PerDay", "$.problems[0].identifiedOn", "$.problems[0].zoneLevel",
                "$.samples[0].values", "$.plans[0].problemIds");
        assertThat(errors).extracting(ValidationError::code).containsOnly(ErrorCode.WRONG_TYPE);
        assertThat(errors.get(0).message()).startsWith("应为");
    }

    @Test
    void an_integer_too_big_for_its_field_is_the_wrong_type() {
        assertThat(Fixture.valid().set("problems[0].serialNo", "99999999999").errors())
                .extracting(ValidationError::code).containsExactly(ErrorCode.WRONG_TYPE);
    }

    /** Every field case-file.md calls required, one at a time: absent, it is REQUIRED at its path and nothing else is wrong. */
    @ParameterizedTest
    @ValueSource(strings = {
            "schemaVersion", "jurisdiction", "campaign.id",
            "units[0].id", "people[0].id",
            "waterSources[0].id", "waterSources[0].name", "waterSources[0].kind", "waterSources[0].status",
            "waterSources[0].responsibleUnitId", "waterSources[0].zones[0].level",
            "problems[0].id", "problems[0].serialNo", "problems[0].waterSourceId", "problems[0].zoneLevel",
            "problems[0].category", "problems[0].status", "problems[0].identifiedOn", "problems[0].responsibleUnitId",
            "plans[0].id", "plans[0].waterSourceId",
            "inspections[0].id", "inspections[0].type", "inspections[0].waterSourceId", "inspections[0].date",
            "inspections[0].results[0].problemId", "inspections[0].results[0].outcome",
            "evidence[0].id", "evidence[0].kind",
            "monthlyReports[0].id", "monthlyReports[0].unitId", "monthlyReports[0].period",
            "summaryReports[0].id", "summaryReports[0].unitId",
            "disclosures[0].period",
            "samples[0].id", "samples[0].waterSourceId", "samples[0].sampledOn", "samples[0].values",
            "accountability[0].id", "accountability[0].targetUnitId", "accountability[0].measure",
            "accountability[0].reason", "accountability[0].decidedOn"})
    void a_required_field_that_is_absent(String field) {
        List<ValidationError> errors = Fixture.valid().remove(field).errors();
        assertThat(errors).extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.REQUIRED, "$." + field));
        String name = field.substring(field.lastIndexOf('.') + 1);
        assertThat(errors.get(0).message()).contains(name);
        assertThat(errors.get(0).messageEn()).contains(name);
    }

    @Test
    void a_required_field_set_to_null_is_absent() {
        assertThat(Fixture.valid().set("waterSources[0].name", "null").errors())
                .extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.REQUIRED, "$.waterSources[0].name"));
    }

    @Test
    void a_null_element_of_a_list_is_reported() {
        assertThat(Fixture.valid().add("units", "null").errors())
                .extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.REQUIRED, "$.units[4]"));
    }

    @Test
    void records_with_only_their_required_fields_are_valid() {
        String minimal = """
                {"schemaVersion": "1", "jurisdiction": {},
                 "campaign": {"id": "C"},
                 "units": [{"id": "U"}], "people": [{"id": "P"}],
                 "waterSources": [{"id": "W", "name": "水源", "kind": "RIVER", "status": "IN_USE", "responsibleUnitId": "U",
                                   "zones": [{"level": "FIRST"}]}],
                 "problems": [{"id": "PR", "serialNo": 1, "waterSourceId": "W", "zoneLevel": "FIRST", "category": "OTHER",
                               "status": "OPEN", "identifiedOn": "2018-03-01", "responsibleUnitId": "U"}],
                 "plans": [{"id": "PL", "waterSourceId": "W"}],
                 "inspections": [{"id": "I", "type": "LOOK_BACK", "waterSourceId": "W", "date": "2018-06-01",
                                  "results": [{"problemId": "PR", "outcome": "HELD"}]}],
                 "evidence": [{"id": "E", "kind": "PLAN", "waterSourceId": "W"}],
                 "monthlyReports": [{"id": "M", "unitId": "U", "period": "2018-06"}],
                 "summaryReports": [{"id": "S", "unitId": "U"}],
                 "disclosures": [{"period": "2018-06"}],
                 "samples": [{"id": "SA", "waterSourceId": "W", "sampledOn": "2018-06-01", "values": {}}],
                 "accountability": [{"id": "A", "targetUnitId": "U", "measure": "REFERRAL", "reason": "FALSIFICATION",
                                     "decidedOn": "2018-08-01"}]}""";
        assertThat(Fixture.errorsOf(minimal)).isEmpty();
        assertThat(Fixture.errorsOf("{\"schemaVersion\": \"1\", \"jurisdiction\": {}}")).isEmpty();
    }

    @Test
    void an_unknown_field_is_refused_naming_it() {
        List<ValidationError> errors = Fixture.valid().set("problems[0].deadLine", "\"2018-06-30\"").errors();
        assertThat(errors).extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.UNKNOWN_FIELD, "$.problems[0].deadLine"));
        assertThat(errors.get(0).message()).contains("deadLine", "Problem");
        assertThat(errors.get(0).messageEn()).contains("deadLine");
    }

    @Test
    void a_misspelt_required_field_is_both_unknown_and_missing() {
        List<ValidationError> errors = Fixture.valid().remove("problems[0].waterSourceId")
                .set("problems[0].waterSourceID", "\"WS-001\"").errors();
        assertThat(errors).extracting(ValidationError::code, ValidationError::path).containsExactlyInAnyOrder(
                tuple(ErrorCode.UNKNOWN_FIELD, "$.problems[0].waterSourceID"),
                tuple(ErrorCode.REQUIRED, "$.problems[0].waterSourceId"));
    }

    @Test
    void the_lenient_reader_ignores_unknown_fields_at_any_depth() throws InvalidCaseFileException {
        String json = Fixture.valid().set("platformVersion", "\"3.2\"").set("problems[0].internalNo", "17")
                .set("waterSources[0].zones[0].gisLayer", "{\"id\": 5}").json();
        assertThat(Fixture.errorsOf(json)).extracting(ValidationError::code).containsOnly(ErrorCode.UNKNOWN_FIELD).hasSize(3);
        CaseFile lenient = CaseFileJson.lenient().readString(json);
        assertThat(lenient).isEqualTo(Fixture.valid().read());
    }

    @Test
    void the_lenient_reader_still_refuses_everything_else() {
        String json = Fixture.valid().set("extra", "1").set("problems[0].status", "\"DONE\"").json();
        try {
            CaseFileJson.lenient().readString(json);
            throw new AssertionError("should be refused");
        } catch (InvalidCaseFileException e) {
            assertThat(e.errors()).extracting(ValidationError::code).containsExactly(ErrorCode.UNKNOWN_ENUM);
        }
    }

    @Test
    void an_enum_text_that_is_neither_a_code_nor_a_label_is_unknown_and_the_message_lists_both() {
        List<ValidationError> errors = Fixture.valid().set("problems[0].status", "\"DONE\"").errors();
        assertThat(errors).extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.UNKNOWN_ENUM, "$.problems[0].status"));
        assertThat(errors.get(0).message()).contains("DONE", "RECTIFIED(已整改)", "CLOSED(已销号)");
    }

    @Test
    void enum_codes_are_case_sensitive() {
        assertThat(Fixture.valid().set("waterSources[0].kind", "\"river\"").errors())
                .extracting(ValidationError::code).containsExactly(ErrorCode.UNKNOWN_ENUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-30", "2018-02-29", "2018-13-01", "2018-6-1", "2018/06/01", "2018-06-01T00:00:00", ""})
    void an_impossible_or_non_iso_date_is_invalid(String date) {
        assertThat(Fixture.valid().set("problems[0].identifiedOn", "\"" + date + "\"").errors())
                .extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.INVALID_DATE, "$.problems[0].identifiedOn"));
    }

    @Test
    void a_month_the_document_already_gave_is_no_date_and_a_date_no_month() {
        // the reader keeps each day and month it has read as one instance: a text read as one kind is still judged as the other
        assertThat(Fixture.valid().set("problems[0].identifiedOn", "\"2018-05\"").errors())
                .extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.INVALID_DATE, "$.problems[0].identifiedOn"));
        assertThat(Fixture.valid().set("monthlyReports[0].period", "\"2018-05-01\"").errors())
                .extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.INVALID_DATE, "$.monthlyReports[0].period"));
    }

    @Test
    void a_leap_day_is_a_date() {
        assertThat(Fixture.valid().set("problems[0].deadline", "\"2020-02-29\"").errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-13", "2018-00", "2018-6", "2018-06-01", "201806"})
    void an_impossible_month_is_invalid(String month) {
        assertThat(Fixture.valid().set("monthlyReports[0].period", "\"" + month + "\"").errors())
                .extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.INVALID_DATE, "$.monthlyReports[0].period"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-03-10T10:00:00", "2018-03-10 10:00:00+08:00", "2018-03-10T25:00:00+08:00",
            "2018-02-30T10:00:00+08:00", "2018-03-10", "2018-03-10T10:00:00+8:00"})
    void a_bad_instant_is_invalid(String instant) {
        List<ValidationError> errors = Fixture.valid().set("evidence[0].capturedAt", "\"" + instant + "\"").errors();
        assertThat(errors).extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.INVALID_DATE, "$.evidence[0].capturedAt"));
        assertThat(errors.get(0).message()).contains(instant);
    }

    @Test
    void structure_errors_of_every_kind_come_at_once() {
        List<ValidationError> errors = Fixture.valid()
                .set("waterSources[0].kind", "\"SEA\"")
                .remove("problems[0].category")
                .set("problems[0].rectifiedOn", "\"2018-02-30\"")
                .set("units[0].colour", "\"red\"")
                .set("samples[0].values", "{\"PH\": \"7.6\"}")
                .errors();
        assertThat(errors).extracting(ValidationError::code, ValidationError::path).containsExactlyInAnyOrder(
                tuple(ErrorCode.UNKNOWN_FIELD, "$.units[0].colour"),
                tuple(ErrorCode.UNKNOWN_ENUM, "$.waterSources[0].kind"),
                tuple(ErrorCode.REQUIRED, "$.problems[0].category"),
                tuple(ErrorCode.INVALID_DATE, "$.problems[0].rectifiedOn"),
                tuple(ErrorCode.WRONG_TYPE, "$.samples[0].values.PH"));
    }
}
