package io.github.shuiyuan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.core.source.WaterSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One validation for case files from JSON and from code: the same errors at the same paths, all at once. */
class CaseFileValidatorTest {

    @Test
    void the_reader_hands_back_the_proof_of_the_file_it_read() throws Exception {
        ValidCaseFile valid = CaseFileJson.strict().readValid(
                new java.io.ByteArrayInputStream(validJson().getBytes(StandardCharsets.UTF_8)));

        assertThat(valid.caseFile()).isEqualTo(CaseFileJson.strict().readString(validJson()));
        assertThat(CaseFileValidator.validate(valid.caseFile())).isEmpty();
    }

    @Test
    void a_valid_copy_is_proved_valid_by_the_validator() throws InvalidCaseFileException {
        CaseFile read = CaseFileJson.strict().readString(validJson());
        CaseFile copy = with(read, read.jurisdiction(), read.waterSources(), read.accountability());

        assertThat(CaseFileValidator.validated(copy).caseFile()).isSameAs(copy);
    }

    @Test
    void a_file_that_fails_gets_no_proof_and_fails_every_time() throws InvalidCaseFileException {
        CaseFile read = CaseFileJson.strict().readString(validJson());
        CaseFile broken = with(read, read.jurisdiction(), read.waterSources(), List.of(danglingAccountability()));

        assertThat(CaseFileValidator.validate(broken)).extracting(ValidationError::code)
                .containsExactly(ErrorCode.DANGLING_REFERENCE);
        assertThatThrownBy(() -> CaseFileValidator.validated(broken)).isInstanceOf(InvalidCaseFileException.class);
        assertThatThrownBy(() -> CaseFileValidator.requireValid(broken)).isInstanceOf(InvalidCaseFileException.class);
    }

    @Test
    void a_missing_jurisdiction_does_not_hide_a_dangling_reference() throws InvalidCaseFileException {
        CaseFile read = CaseFileJson.strict().readString(validJson());
        CaseFile broken = with(read, null, read.waterSources(), List.of(danglingAccountability()));

        assertThat(CaseFileValidator.validate(broken)).extracting(ValidationError::code, ValidationError::path)
                .containsExactly(tuple(ErrorCode.REQUIRED, "$.jurisdiction"),
                        tuple(ErrorCode.DANGLING_REFERENCE, "$.accountability[0].targetUnitId"));
    }

    @Test
    void code_and_json_get_the_same_errors_at_the_same_paths() throws InvalidCaseFileException {
        CaseFile read = CaseFileJson.strict().readString(validJson());
        WaterSource s = read.waterSources().get(0);
        WaterSource nameless = new WaterSource(s.id(), null, s.kind(), s.adminLevel(), s.location(), s.responsibleUnitId(),
                s.status(), s.servedPopulation(), s.designCapacityWanM3PerDay(), s.onlineMonitoring(), s.emergencyPlan(),
                s.riskSourcesSurveyedOn(), s.zones());
        CaseFile inCode = with(read, null, List.of(nameless), List.of(danglingAccountability()));

        String json = validJson().replaceFirst("\"jurisdiction\"", "\"jurisdiction\": null, \"ignored\"")
                .replace("\"name\": \"长江某水厂取水口水源地\",", "")
                .replaceFirst("\"targetUnitId\": \"SD-RENGANG\"", "\"targetUnitId\": \"UNIT-404\"");
        List<ValidationError> fromJson = errorsReading(json);

        assertThat(fromJson).extracting(ValidationError::path).contains("$.waterSources[0].name");
        assertThat(CaseFileValidator.validate(inCode)).extracting(ValidationError::code, ValidationError::path)
                .containsExactlyInAnyOrderElementsOf(fromJson.stream()
                        .map(e -> tuple(e.code(), e.path())).toList());
    }

    private static List<ValidationError> errorsReading(String json) {
        try {
            CaseFileJson.lenient().readString(json);
            throw new AssertionError("expected the case file to be refused");
        } catch (InvalidCaseFileException e) {
            return e.errors();
        }
    }

    private static AccountabilityRecord danglingAccountability() {
        return new AccountabilityRecord("ACC-X", "UNIT-404", null, AccountabilityMeasure.REFERRAL,
                AccountabilityReason.FALSIFICATION, LocalDate.of(2018, 6, 1), null);
    }

    private static CaseFile with(CaseFile f, io.github.shuiyuan.core.Jurisdiction jurisdiction, List<WaterSource> sources,
                                 List<AccountabilityRecord> accountability) {
        return new CaseFile(f.schemaVersion(), jurisdiction, f.campaign(), f.units(), f.people(), sources,
                f.problems(), f.plans(), f.inspections(), f.evidence(), f.monthlyReports(), f.summaryReports(),
                f.disclosures(), f.samples(), accountability);
    }

    private static String validJson() {
        try (InputStream in = CaseFileValidatorTest.class.getResourceAsStream("/fixtures/valid-case.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
