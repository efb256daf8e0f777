package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.ValidationError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks over the whole case file: ids, references, serial numbers, zone levels, dates in order, numbers, codes. */
class CaseFileJsonContentTest {

    static List<ValidationError> only(List<ValidationError> errors, ErrorCode code, String path) {
        assertThat(errors).extracting(ValidationError::code, ValidationError::path).containsExactly(tuple(code, path));
        return errors;
    }

    @Test
    void a_repeated_id_names_the_first_record_with_it() {
        List<ValidationError> errors = only(Fixture.valid().addCopy("units", "{\"name\": \"另一个办公室\"}").errors(),
                ErrorCode.DUPLICATE_ID, "$.units[4].id");
        assertThat(errors.get(0).message()).contains("GOV-OFFICE", "$.units[0]");
    }

    @Test
    void ids_are_unique_per_kind_only() {
        assertThat(Fixture.valid().set("plans[0].id", "\"WS-001\"").errors()).isEmpty();
    }

    @Test
    void a_reference_to_no_record_is_dangling_at_its_path() {
        List<ValidationError> errors = only(Fixture.valid().set("problems[0].waterSourceId", "\"WS-404\"").errors(),
                ErrorCode.DANGLING_REFERENCE, "$.problems[0].waterSourceId");
        assertThat(errors.get(0).message()).contains("WS-404", "水源地");
    }

    @ParameterizedTest
    @ValueSource(strings = {"campaign.reportRecipientUnitId", "people[0].unitId", "waterSources[0].responsibleUnitId",
            "problems[0].responsibleUnitId", "problems[0].responsiblePersonId", "problems[0].extensions[0].approvedByUnitId",
            "problems[0].filings[0].unitId", "plans[0].waterSourceId", "plans[0].responsibleUnitId",
            "plans[0].leaderPersonId", "inspections[0].waterSourceId", "inspections[0].unitId",
            "inspections[0].results[0].problemId", "evidence[0].problemId", "evidence[1].waterSourceId",
            "monthlyReports[0].unitId", "summaryReports[0].unitId", "samples[0].waterSourceId",
            "accountability[0].targetUnitId"})
    void every_reference_resolves(String field) {
        only(Fixture.valid().set(field, "\"NOWHERE\"").errors(), ErrorCode.DANGLING_REFERENCE, "$." + field);
    }

    @Test
    void references_inside_lists_are_checked_one_by_one() {
        assertThat(Fixture.valid().set("plans[0].problemIds", "[\"PRB-001\", \"PRB-404\"]")
                .set("campaign.copyToUnitIds", "[\"DEPT-X\", \"DEPT-EPB\"]")
                .set("summaryReports[0].evidenceIds", "[\"EV-404\"]").errors())
                .extracting(ValidationError::code, ValidationError::path).containsExactly(
                        tuple(ErrorCode.DANGLING_REFERENCE, "$.campaign.copyToUnitIds[0]"),
                        tuple(ErrorCode.DANGLING_REFERENCE, "$.plans[0].problemIds[1]"),
                        tuple(ErrorCode.DANGLING_REFERENCE, "$.summaryReports[0].evidenceIds[0]"));
    }

    @Test
    void evidence_must_belong_to_a_problem_or_a_source() {
        only(Fixture.valid().remove("evidence[1].waterSourceId").errors(), ErrorCode.REQUIRED, "$.evidence[1].problemId");
    }

    @Test
    void a_repeated_serial_number_is_refused() {
        List<ValidationError> errors = only(Fixture.valid().addCopy("problems", "{\"id\": \"PRB-002\"}").errors(),
                ErrorCode.DUPLICATE_SERIAL_NO, "$.problems[1].serialNo");
        assertThat(errors.get(0).message()).contains("问题序号1");
        assertThat(Fixture.valid().addCopy("problems", "{\"id\": \"PRB-002\", \"serialNo\": 2}").errors()).isEmpty();
    }

    @Test
    void a_source_has_at_most_one_zone_per_level() {
        Fixture twoFirst = Fixture.valid().addCopy("waterSources[0].zones", "{}");
        only(twoFirst.errors(), ErrorCode.DUPLICATE_ZONE_LEVEL, "$.waterSources[0].zones[1].level");
        Fixture firstAndSecond = Fixture.valid().addCopy("waterSources[0].zones", "{\"level\": \"SECOND\"}");
        assertThat(firstAndSecond.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RECTIFIED", "CLOSED"})
    void a_rectified_or_closed_problem_needs_its_rectification_date(String status) {
        List<ValidationError> errors = Fixture.valid().set("problems[0].status", "\"" + status + "\"")
                .set("problems[0].closedOn", "\"2018-06-10\"").remove("problems[0].rectifiedOn").errors();
        only(errors, ErrorCode.MISSING_RECTIFIED_ON, "$.problems[0].rectifiedOn");
    }

    @Test
    void an_open_problem_needs_no_dates() {
        assertThat(Fixture.valid().set("problems[0].status", "\"RECTIFYING\"").remove("problems[0].rectifiedOn").errors())
                .isEmpty();
    }

    @Test
    void a_closed_problem_needs_its_close_out_date() {
        only(Fixture.valid().set("problems[0].status", "\"CLOSED\"").errors(), ErrorCode.MISSING_CLOSED_ON,
                "$.problems[0].closedOn");
        assertThat(Fixture.valid().set("problems[0].status", "\"CLOSED\"").set("problems[0].closedOn", "\"2018-05-28\"")
                .errors()).isEmpty();
    }

    @Test
    void a_rectification_before_identification_is_out_of_order() {
        List<ValidationError> errors = only(Fixture.valid().set("problems[0].rectifiedOn", "\"2018-03-09\"").errors(),
                ErrorCode.DATE_ORDER, "$.problems[0].rectifiedOn");
        assertThat(errors.get(0).message()).contains("2018-03-09", "2018-03-10");
        assertThat(errors.get(0).messageEn()).isEqualTo("rectifiedOn 2018-03-09 is before identifiedOn 2018-03-10");
        assertThat(Fixture.valid().set("problems[0].rectifiedOn", "\"2018-03-10\"").errors()).isEmpty();
    }

    @Test
    void a_close_out_before_the_rectification_is_out_of_order() {
        Fixture closed = Fixture.valid().set("problems[0].status", "\"CLOSED\"");
        only(closed.set("problems[0].closedOn", "\"2018-05-27\"").errors(), ErrorCode.DATE_ORDER, "$.problems[0].closedOn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"waterSources[0].servedPopulation", "waterSources[0].designCapacityWanM3PerDay",
            "waterSources[0].zones[0].waterAreaKm2", "waterSources[0].zones[0].boundaryMarkers",
            "waterSources[0].zones[0].warningSigns", "problems[0].serialNo", "samples[0].values.NH3_N"})
    void a_negative_number_where_none_makes_sense(String field) {
        List<ValidationError> errors = only(Fixture.valid().set(field, "-1").errors(), ErrorCode.NEGATIVE_NUMBER, "$." + field);
        assertThat(errors.get(0).message()).contains("-1");
    }

    @Test
    void a_progress_percentage_is_0_to_100_on_both_bounds() {
        assertThat(Fixture.valid().set("problems[0].progressPercent", "0").errors()).isEmpty();
        assertThat(Fixture.valid().set("problems[0].progressPercent", "100").errors()).isEmpty();
        only(Fixture.valid().set("problems[0].progressPercent", "100.1").errors(), ErrorCode.PERCENT_OUT_OF_RANGE,
                "$.problems[0].progressPercent");
        only(Fixture.valid().set("problems[0].progressPercent", "-0.1").errors(), ErrorCode.NEGATIVE_NUMBER,
                "$.problems[0].progressPercent");
    }

    @Test
    void zero_is_not_negative() {
        assertThat(Fixture.valid().set("samples[0].values.NH3_N", "0").set("waterSources[0].zones[0].boundaryMarkers", "0")
                .set("problems[0].serialNo", "0").errors()).isEmpty();
    }

    @Test
    void a_number_beyond_what_can_be_measured_is_not_finite() {
        only(Fixture.valid().set("samples[0].values.CODMN", "1e400").errors(), ErrorCode.NOT_FINITE, "$.samples[0].values.CODMN");
        only(Fixture.valid().set("waterSources[0].designCapacityWanM3PerDay", "-1e400").errors(), ErrorCode.NOT_FINITE,
                "$.waterSources[0].designCapacityWanM3PerDay");
    }

    @Test
    void a_report_due_day_outside_the_month_is_refused() {
        only(Fixture.valid().set("campaign.reportDueDay", "32").errors(), ErrorCode.NOT_FINITE, "$.campaign.reportDueDay");
        only(Fixture.valid().set("campaign.reportDueDay", "0").errors(), ErrorCode.NOT_FINITE, "$.campaign.reportDueDay");
        assertThat(Fixture.valid().set("campaign.reportDueDay", "31").errors()).isEmpty();
    }

    @Test
    void a_parameter_code_in_neither_table_is_unknown() {
        List<ValidationError> errors = only(Fixture.valid().set("samples[0].values.NH3N", "0.2").errors(),
                ErrorCode.UNKNOWN_PARAMETER, "$.samples[0].values.NH3N");
        assertThat(errors.get(0).message()).contains("NH3N");
    }

    @Test
    void codes_of_either_table_are_known_whatever_the_source_kind() {
        assertThat(Fixture.valid().set("samples[0].values.TURBIDITY", "1").set("samples[0].values.TN", "1")
                .set("samples[0].values.FCOLI", "100").errors()).isEmpty();
    }

    @Test
    void content_errors_of_every_kind_come_at_once() {
        List<ValidationError> errors = Fixture.valid()
                .addCopy("people", "{}")
                .addCopy("problems", "{\"id\": \"PRB-002\", \"status\": \"CLOSED\"}")
                .set("problems[0].waterSourceId", "\"WS-404\"")
                .addCopy("waterSources[0].zones", "{}")
                .set("problems[0].rectifiedOn", "\"2018-01-01\"")
                .set("waterSources[0].servedPopulation", "-5")
                .set("samples[0].values.XX", "1")
                .set("samples[0].values.DO", "1e400")
                .errors();
        assertThat(errors).extracting(ValidationError::code, ValidationError::path).containsExactlyInAnyOrder(
                tuple(ErrorCode.DUPLICATE_ID, "$.people[1].id"),
                tuple(ErrorCode.DANGLING_REFERENCE, "$.problems[0].waterSourceId"),
                tuple(ErrorCode.DUPLICATE_SERIAL_NO, "$.problems[1].serialNo"),
                tuple(ErrorCode.MISSING_CLOSED_ON, "$.problems[1].closedOn"),
                tuple(ErrorCode.DUPLICATE_ZONE_LEVEL, "$.waterSources[0].zones[1].level"),
                tuple(ErrorCode.DATE_ORDER, "$.problems[0].rectifiedOn"),
                tuple(ErrorCode.NEGATIVE_NUMBER, "$.waterSources[0].servedPopulation"),
                tuple(ErrorCode.UNKNOWN_PARAMETER, "$.samples[0].values.XX"),
                tuple(ErrorCode.NOT_FINITE, "$.samples[0].values.DO"));
    }

    @Test
    void every_error_has_both_messages_and_describes_itself_with_its_code() {
        List<ValidationError> errors = Fixture.valid().set("problems[0].waterSourceId", "\"WS-404\"").errors();
        assertThat(errors.get(0).describe())
                .isEqualTo("$.problems[0].waterSourceId: 引用的水源地“WS-404”不存在 [DANGLING_REFERENCE]");
        assertThat(errors.get(0).messageEn()).isEqualTo("reference 'WS-404' resolves to no record");
    }
}
