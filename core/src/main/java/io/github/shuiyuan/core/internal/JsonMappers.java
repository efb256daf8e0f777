package io.github.shuiyuan.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The library's one Jackson setup, shared by its modules (the case file, the assessment, form errors, the
 * disclosure). Not API: Jackson types stay out of the public signatures, so an integrator's own Jackson is never
 * tied to ours. Thread-safe.
 */
public final class JsonMappers {

    /** Deepest nesting accepted; a case file needs about six levels. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Largest document accepted, in bytes. */
    public static final long MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;

    private static final StreamReadConstraints READ_LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .build();

    private JsonMappers() {
    }

    /**
     * A new mapper configured the library's way, for reading and writing case files, assessments and other
     * documents of the contract (ISO dates, exact decimals, enums by name or Chinese label, nulls left out,
     * indented). Only record components are written: derived answers such as {@code isActive()} are not fields
     * of the contract.
     */
    public static JsonMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(LabeledEnums.module())
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                // records write their components only: derived answers such as isActive() stay out of the JSON
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.getFactory().setStreamReadConstraints(READ_LIMITS);
        return mapper;
    }

    /**
     * A factory of streaming parsers with the same limits and syntax as {@link #newMapper()}'s, for readers that
     * bind by hand: it costs none of the data binding's start-up (a command that only reads a case file would
     * otherwise build a whole object mapper for its parser).
     */
    public static JsonFactory newReadFactory() {
        return JsonFactory.builder()
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(READ_LIMITS)
                .build();
    }
}
