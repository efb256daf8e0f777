package io.github.shuiyuan.testing;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.core.validation.CaseFileValidator;
import org.junit.jupiter.api.Test;

/** The shared fixtures: valid where they promise it, and loud when a test changes what is not there. */
class CaseDraftTest {

    @Test
    void the_healthy_case_and_the_sample_are_valid() {
        assertThat(CaseFileValidator.validate(CaseFiles.healthy().build())).isEmpty();
        assertThat(CaseFiles.sampleDraft().build()).isEqualTo(CaseFiles.sample());
    }

    @Test
    void a_problem_takes_the_fields_given_over_its_defaults() {
        CaseFile file = CaseFiles.healthy().problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFIED).rectifiedOn(date("2018-05-28")))
                .build();

        assertThat(file.problem("PRB-1")).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(ProblemStatus.RECTIFIED);
            assertThat(p.rectifiedOn()).isEqualTo(date("2018-05-28"));
            assertThat(p.responsibleUnitId()).isEqualTo("SD-A");
            assertThat(p.deadline()).isEqualTo(date("2018-06-30"));
        });
    }

    @Test
    void a_zone_is_changed_or_left_out_by_its_level() {
        CaseFile file = CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.boundaryMarkers(0))
                .withoutZone("WS-A", ZoneLevel.SECOND).build();

        assertThat(file.waterSource("WS-A").orElseThrow().zones()).singleElement()
                .satisfies(z -> assertThat(z.boundaryMarkers()).isZero());
    }

    @Test
    void changing_a_record_that_is_not_there_fails_naming_it() {
        assertThatThrownBy(() -> CaseFiles.healthy().changeProblem("PRB-404", p -> p))
                .hasMessageContaining("problem PRB-404");
        assertThatThrownBy(() -> CaseFiles.healthy().withoutZone("WS-A", ZoneLevel.QUASI)).hasMessageContaining("zone QUASI");
        assertThatThrownBy(() -> CaseFiles.healthy().withoutCampaign().campaign(c -> c)).hasMessageContaining("campaign");
    }

    @Test
    void an_invalid_draft_fails_the_build_with_the_validators_errors_but_not_unchecked() {
        CaseDraft dangling = CaseFiles.healthy().problem("PRB-1", 1, p -> p.waterSourceId("WS-404"));

        assertThatThrownBy(dangling::build).isInstanceOf(AssertionError.class).hasMessageContaining("$.problems[0].waterSourceId");
        assertThat(dangling.unchecked().problems()).hasSize(1);
        assertThat(CaseFiles.healthy().jurisdiction(null).unchecked().jurisdiction()).isNull();
    }
}
