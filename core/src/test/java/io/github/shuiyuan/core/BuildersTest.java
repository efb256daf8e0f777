package io.github.shuiyuan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Builders: named fields, a copy by {@code toBuilder()}, required fields checked on {@code build()}. */
class BuildersTest {

    @Test
    void every_record_of_a_full_case_file_rebuilds_equal_through_its_builder() throws Exception {
        CaseFile file = validCaseFile();

        assertThat(file.toBuilder().build()).isEqualTo(file);
        assertThat(file.campaign().toBuilder().build()).isEqualTo(file.campaign());
        assertThat(file.people()).allSatisfy(p -> assertThat(p.toBuilder().build()).isEqualTo(p));
        assertThat(file.waterSources()).allSatisfy(s -> {
            assertThat(s.toBuilder().build()).isEqualTo(s);
            assertThat(s.zones()).allSatisfy(z -> assertThat(z.toBuilder().build()).isEqualTo(z));
        });
        assertThat(file.problems()).allSatisfy(p -> assertThat(p.toBuilder().build()).isEqualTo(p));
        assertThat(file.plans()).allSatisfy(p -> assertThat(p.toBuilder().build()).isEqualTo(p));
        assertThat(file.inspections()).allSatisfy(i -> assertThat(i.toBuilder().build()).isEqualTo(i));
        assertThat(file.evidence()).allSatisfy(e -> assertThat(e.toBuilder().build()).isEqualTo(e));
        assertThat(file.monthlyReports()).allSatisfy(r -> assertThat(r.toBuilder().build()).isEqualTo(r));
        assertThat(file.summaryReports()).allSatisfy(r -> assertThat(r.toBuilder().build()).isEqualTo(r));
        assertThat(file.samples()).allSatisfy(s -> assertThat(s.toBuilder().build()).isEqualTo(s));
        assertThat(file.accountability()).allSatisfy(a -> assertThat(a.toBuilder().build()).isEqualTo(a));
    }

    @Test
    void a_named_setter_sets_its_own_field() {
        Problem problem = minimalProblem().responsibleUnitId("SD-A").responsiblePersonId("PER-1").build();

        assertThat(problem.responsibleUnitId()).isEqualTo("SD-A");
        assertThat(problem.responsiblePersonId()).isEqualTo("PER-1");
    }

    @Test
    void to_builder_changes_one_field_and_keeps_the_others() {
        Problem open = minimalProblem().build();
        Problem rectified = open.toBuilder().status(ProblemStatus.RECTIFIED).rectifiedOn(LocalDate.of(2018, 6, 1)).build();

        assertThat(rectified.status()).isEqualTo(ProblemStatus.RECTIFIED);
        assertThat(rectified.toBuilder().status(ProblemStatus.OPEN).rectifiedOn(null).build()).isEqualTo(open);
    }

    @Test
    void build_names_every_missing_required_field_at_once() {
        IncompleteRecordException e = catchThrowableOfType(IncompleteRecordException.class,
                () -> Problem.builder().id("PRB-1").serialNo(1).build());

        assertThat(e.recordType()).isEqualTo("Problem");
        assertThat(e.missing()).containsExactly("waterSourceId", "zoneLevel", "category", "identifiedOn",
                "responsibleUnitId", "status");
        assertThat(e).hasMessageContaining("Problem缺少必填字段：waterSourceId、zoneLevel").hasMessageEndingWith("[REQUIRED]");
    }

    @Test
    void a_case_file_builder_starts_at_the_schema_version_and_needs_a_jurisdiction() {
        IncompleteRecordException e = catchThrowableOfType(IncompleteRecordException.class, () -> CaseFile.builder().build());
        assertThat(e.missing()).containsExactly("jurisdiction");

        CaseFile file = CaseFile.builder().jurisdiction(new Jurisdiction("320602", "崇川区", "南通市")).build();
        assertThat(file.schemaVersion()).isEqualTo(CaseFile.SCHEMA_VERSION);
        assertThat(file.problems()).isEmpty();
    }

    private static Problem.Builder minimalProblem() {
        return Problem.builder().id("PRB-1").serialNo(1).waterSourceId("WS-A").zoneLevel(ZoneLevel.FIRST)
                .category(ProblemCategory.SEWAGE_OUTFALL).identifiedOn(LocalDate.of(2018, 3, 10))
                .responsibleUnitId("SD-A").status(ProblemStatus.OPEN);
    }

    private static CaseFile validCaseFile() throws IOException, InvalidCaseFileException {
        try (InputStream in = BuildersTest.class.getResourceAsStream("/fixtures/valid-case.json")) {
            return CaseFileJson.strict().readString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
