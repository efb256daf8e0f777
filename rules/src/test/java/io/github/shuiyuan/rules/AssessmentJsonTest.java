package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.FilterWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An assessment streamed as JSON is the same text as {@link ComplianceEngine#toJson}, and the writer stays open;
 * both are, byte for byte, what the library's object mapper writes for the same records (the writer spells the
 * records out field by field instead of binding them by reflection).
 */
class AssessmentJsonTest {

    private static final ObjectMapper MAPPER = JsonMappers.newMapper();

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2018-03-01", "2018-08-25", "2018-12-10", "2019-12-31"})
    void the_written_text_is_what_the_object_mapper_writes_for_the_sample(LocalDate asOf) throws Exception {
        Assessment assessment = Verify.assess(CaseFiles.sample(), asOf);

        assertThat(ComplianceEngine.toJson(assessment)).isEqualTo(MAPPER.writeValueAsString(assessment) + "\n");
    }

    @Test
    void the_sample_has_results_of_every_kind_the_writer_spells_out() {
        Assessment assessment = Verify.assess(CaseFiles.sample(), ConcurrencyTest.D);

        assertThat(assessment.findings()).anyMatch(f -> f.ref() != null).anyMatch(f -> f.ref() == null);
        assertThat(assessment.closeOut()).anyMatch(CloseOutStatus::eligible).anyMatch(c -> !c.unmet().isEmpty());
        assertThat(assessment.accountability()).anyMatch(t -> t.targetPersonId() != null);
        assertThat(assessment.waterQuality()).anyMatch(w -> !w.exceedances().isEmpty());
        assertThat(assessment.problems()).anyMatch(p -> p.latestLookBack() != null && p.closeOut() != null)
                .anyMatch(p -> p.rectifiedOn() == null);
    }

    @Test
    void and_for_varied_case_files() throws Exception {
        for (CaseFile file : ConcurrencyTest.variedCaseFiles()) {
            Assessment assessment = Verify.assess(file, ConcurrencyTest.D);
            assertThat(ComplianceEngine.toJson(assessment)).isEqualTo(MAPPER.writeValueAsString(assessment) + "\n");
        }
    }

    @Test
    void streamed_json_is_the_text_of_to_json_and_the_writer_stays_open() throws Exception {
        Assessment assessment = Verify.assess(ConcurrencyTest.variedCaseFiles().get(3), ConcurrencyTest.D);
        StringWriter text = new StringWriter();
        boolean[] closed = {false};
        Writer out = new FilterWriter(text) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        ComplianceEngine.writeJson(assessment, out);
        out.write("more");

        assertThat(text.toString()).isEqualTo(ComplianceEngine.toJson(assessment) + "more");
        assertThat(assessment.findings()).isNotEmpty();
        assertThat(closed[0]).isFalse();
    }
}
