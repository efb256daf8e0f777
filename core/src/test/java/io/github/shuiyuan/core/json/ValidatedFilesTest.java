package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A case file found valid is remembered by identity, so assessing it does not validate it again. */
class ValidatedFilesTest {

    @Test
    void a_file_read_by_the_reader_is_known_valid() {
        CaseFile read = Fixture.valid().read();

        assertThat(ValidatedFiles.contains(read)).isTrue();
        assertThat(CaseFileJson.strict().validate(read)).isEmpty();
    }

    @Test
    void an_equal_copy_is_not_the_file_that_was_validated() {
        CaseFile read = Fixture.valid().read();
        CaseFile copy = copyOf(read);

        assertThat(copy).isEqualTo(read);
        assertThat(ValidatedFiles.contains(copy)).isFalse();
    }

    @Test
    void a_file_built_in_java_is_remembered_once_it_passes() {
        CaseFile copy = copyOf(Fixture.valid().read());

        assertThat(CaseFileJson.lenient().validate(copy)).isEmpty();
        assertThat(ValidatedFiles.contains(copy)).isTrue();
    }

    @Test
    void a_file_that_fails_is_not_remembered_and_fails_every_time() {
        CaseFile read = Fixture.valid().read();
        CaseFile broken = new CaseFile(read.schemaVersion(), read.jurisdiction(), read.campaign(), read.units(),
                read.people(), read.waterSources(), read.problems(), read.plans(), read.inspections(), read.evidence(),
                read.monthlyReports(), read.summaryReports(), read.disclosures(), read.samples(),
                List.of(new AccountabilityRecord("ACC-X", "UNIT-404", null, AccountabilityMeasure.REFERRAL,
                        AccountabilityReason.FALSIFICATION, LocalDate.of(2018, 6, 1), null)));

        assertThat(CaseFileJson.strict().validate(broken)).extracting(ValidationError::code)
                .containsExactly(ErrorCode.DANGLING_REFERENCE);
        assertThat(ValidatedFiles.contains(broken)).isFalse();
        assertThat(CaseFileJson.strict().validate(broken)).hasSize(1);
    }

    private static CaseFile copyOf(CaseFile f) {
        return new CaseFile(f.schemaVersion(), f.jurisdiction(), f.campaign(), f.units(), f.people(), f.waterSources(),
                f.problems(), f.plans(), f.inspections(), f.evidence(), f.monthlyReports(), f.summaryReports(),
                f.disclosures(), f.samples(), f.accountability());
    }
}
