package io.github.shuiyuan.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.shuiyuan.core.quality.Exceedance;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes assessments as the contract spells them: each record's components in declaration order, absent ones
 * left out, dates ISO, enums by name, decimals plain, indented as the library's JSON is. Written field by field
 * on Jackson's streaming generator instead of by its data binding: a province's assessment holds a hundred
 * thousand findings, and binding them by reflection cost more than the rest of writing them. The text is the one
 * the library's object mapper writes for the same records, which {@code AssessmentJsonTest} holds.
 */
final class AssessmentJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private AssessmentJson() {
    }

    static String write(Assessment assessment) {
        StringWriter text = new StringWriter();
        try {
            write(assessment, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return text.toString();
    }

    /** The same text as {@link #write(Assessment)}, written to {@code out} as it is made (flushed, left open). */
    static void write(Assessment assessment, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            date(json, "asOf", assessment.asOf());
            RulesetInfo ruleset = assessment.ruleset();
            json.writeObjectFieldStart("ruleset");
            text(json, "name", ruleset.name());
            text(json, "version", ruleset.version());
            text(json, "sha256", ruleset.sha256());
            json.writeEndObject();
            array(json, "findings", assessment.findings(), AssessmentJson::finding);
            array(json, "closeOut", assessment.closeOut(), AssessmentJson::closeOut);
            array(json, "accountability", assessment.accountability(), AssessmentJson::trigger);
            array(json, "waterQuality", assessment.waterQuality(), AssessmentJson::waterQuality);
            array(json, "problems", assessment.problems(), AssessmentJson::problem);
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void finding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        text(json, "ruleId", f.ruleId());
        text(json, "title", f.title());
        text(json, "clause", f.clause());
        name(json, "severity", f.severity());
        name(json, "subjectType", f.subjectType());
        text(json, "subjectId", f.subjectId());
        text(json, "ref", f.ref());
        text(json, "waterSourceId", f.waterSourceId());
        text(json, "unitId", f.unitId());
        text(json, "message", f.message());
        json.writeEndObject();
    }

    private static void closeOut(JsonGenerator json, CloseOutStatus c) throws IOException {
        json.writeStartObject();
        text(json, "problemId", c.problemId());
        json.writeBooleanField("eligible", c.eligible());
        texts(json, "unmet", c.unmet());
        json.writeEndObject();
    }

    private static void trigger(JsonGenerator json, AccountabilityTrigger t) throws IOException {
        json.writeStartObject();
        text(json, "ruleId", t.ruleId());
        text(json, "targetUnitId", t.targetUnitId());
        text(json, "targetPersonId", t.targetPersonId());
        name(json, "reason", t.reason());
        name(json, "measure", t.measure());
        texts(json, "basis", t.basis());
        json.writeEndObject();
    }

    private static void waterQuality(JsonGenerator json, WaterQualityResult r) throws IOException {
        json.writeStartObject();
        text(json, "sampleId", r.sampleId());
        text(json, "waterSourceId", r.waterSourceId());
        date(json, "sampledOn", r.sampledOn());
        name(json, "grade", r.grade());
        name(json, "target", r.target());
        bool(json, "compliant", r.compliant());
        bool(json, "targetMet", r.targetMet());
        array(json, "exceedances", r.exceedances(), AssessmentJson::exceedance);
        json.writeEndObject();
    }

    private static void exceedance(JsonGenerator json, Exceedance e) throws IOException {
        json.writeStartObject();
        text(json, "parameter", e.parameter());
        decimal(json, "value", e.value());
        text(json, "limit", e.limit());
        name(json, "grade", e.grade());
        decimal(json, "multiple", e.multiple());
        json.writeEndObject();
    }

    private static void problem(JsonGenerator json, ProblemView p) throws IOException {
        json.writeStartObject();
        text(json, "problemId", p.problemId());
        json.writeNumberField("serialNo", p.serialNo());
        text(json, "waterSourceId", p.waterSourceId());
        text(json, "unitId", p.unitId());
        name(json, "status", p.status());
        name(json, "progress", p.progress());
        json.writeBooleanField("unresolved", p.unresolved());
        json.writeBooleanField("overdue", p.overdue());
        date(json, "rectifiedOn", p.rectifiedOn());
        date(json, "closedOn", p.closedOn());
        date(json, "deadline", p.deadline());
        date(json, "effectiveDeadline", p.effectiveDeadline());
        json.writeBooleanField("inPlan", p.inPlan());
        LookBackRecord lookBack = p.latestLookBack();
        if (lookBack != null) {
            json.writeObjectFieldStart("latestLookBack");
            text(json, "inspectionId", lookBack.inspectionId());
            date(json, "date", lookBack.date());
            name(json, "outcome", lookBack.outcome());
            text(json, "unitId", lookBack.unitId());
            text(json, "note", lookBack.note());
            json.writeEndObject();
        }
        if (p.closeOut() != null) {
            json.writeFieldName("closeOut");
            closeOut(json, p.closeOut());
        }
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String field, @Nullable String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void name(JsonGenerator json, String field, @Nullable Enum<?> value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value.name());
        }
    }

    private static void date(JsonGenerator json, String field, @Nullable LocalDate value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value.toString());
        }
    }

    private static void bool(JsonGenerator json, String field, @Nullable Boolean value) throws IOException {
        if (value != null) {
            json.writeBooleanField(field, value);
        }
    }

    private static void decimal(JsonGenerator json, String field, @Nullable BigDecimal value) throws IOException {
        if (value != null) {
            json.writeNumberField(field, value);
        }
    }

    private static void texts(JsonGenerator json, String field, List<String> values) throws IOException {
        array(json, field, values, JsonGenerator::writeString);
    }

    /** How one element of an array is written. */
    private interface Element<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    private static <T> void array(JsonGenerator json, String field, List<T> values, Element<T> element)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (T value : values) {
            element.write(json, value);
        }
        json.writeEndArray();
    }
}
