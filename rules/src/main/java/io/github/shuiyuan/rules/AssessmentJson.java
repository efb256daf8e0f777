package io.github.shuiyuan.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shuiyuan.core.json.CaseFileJson;

/** Writes assessments with the library's one Jackson setup. */
final class AssessmentJson {

    private static final ObjectMapper MAPPER = CaseFileJson.newMapper();

    private AssessmentJson() {
    }

    static String write(Assessment assessment) {
        try {
            return MAPPER.writeValueAsString(assessment) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assessment could not be written", e);
        }
    }
}
