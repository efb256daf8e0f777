package io.github.shuiyuan.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shuiyuan.core.internal.JsonMappers;
import java.io.IOException;
import java.io.Writer;

/** Writes assessments with the library's one Jackson setup. */
final class AssessmentJson {

    private static final ObjectMapper MAPPER = JsonMappers.newMapper();

    private AssessmentJson() {
    }

    static String write(Assessment assessment) {
        try {
            return MAPPER.writeValueAsString(assessment) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assessment could not be written", e);
        }
    }

    /** The same text as {@link #write(Assessment)}, written to {@code out} as it is made (flushed, left open). */
    static void write(Assessment assessment, Writer out) throws IOException {
        MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, assessment);
        out.write('\n');
        out.flush();
    }
}
