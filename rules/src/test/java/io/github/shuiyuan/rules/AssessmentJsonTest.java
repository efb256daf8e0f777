package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** An assessment streamed as JSON is the same text as {@link ComplianceEngine#toJson}, and the writer stays open. */
class AssessmentJsonTest {

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
