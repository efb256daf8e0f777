package io.github.shuiyuan.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The valid case file of {@code fixtures/valid-case.json} (one record of every kind, every enum type used),
 * as JSON to break in one place: set a field, remove it, add a record; then read it and look at the errors.
 * Paths are written as in error messages without the {@code $.}: {@code problems[0].waterSourceId}.
 *
 * <p>Only for the reader's own tests, whose point is the JSON they feed it; every other test builds its case
 * file in code with {@link io.github.shuiyuan.testing.CaseFiles}.
 */
final class Fixture {

    static final ObjectMapper JSON = JsonMappers.newMapper();

    private final ObjectNode root;

    private Fixture(ObjectNode root) {
        this.root = root;
    }

    /** The valid case file. */
    static Fixture valid() {
        return new Fixture((ObjectNode) parse(resource("valid-case.json")));
    }

    /** The text of a fixture file. */
    static String resource(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the field at {@code path} to a JSON value (text such as {@code "\"WS-X\""}, {@code -1} or {@code null}). */
    Fixture set(String path, String json) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? root : (ObjectNode) at(path.substring(0, dot));
        parent.set(path.substring(dot + 1), parse(json));
        return this;
    }

    /** Removes the field at {@code path}. */
    Fixture remove(String path) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? root : (ObjectNode) at(path.substring(0, dot));
        parent.remove(path.substring(dot + 1));
        return this;
    }

    /** Appends a record (JSON object text) to the list at {@code path}. */
    Fixture add(String path, String json) {
        ((ArrayNode) at(path)).add(parse(json));
        return this;
    }

    /** Appends a copy of the list's first record with some fields changed (JSON object text). */
    Fixture addCopy(String path, String changes) {
        ObjectNode copy = ((ObjectNode) at(path + "[0]")).deepCopy();
        parse(changes).fields().forEachRemaining(e -> copy.set(e.getKey(), e.getValue()));
        ((ArrayNode) at(path)).add(copy);
        return this;
    }

    String json() {
        return root.toPrettyString();
    }

    /** Reads the JSON with the strict reader; fails the test when it is invalid. */
    CaseFile read() {
        try {
            return CaseFileJson.strict().readString(json());
        } catch (InvalidCaseFileException e) {
            throw new AssertionError("fixture should be valid: " + e.errors(), e);
        }
    }

    /** The errors of reading the JSON strictly (empty when it is valid). */
    List<ValidationError> errors() {
        return errorsOf(json());
    }

    /** The errors of reading {@code json} strictly (empty when it is valid). */
    static List<ValidationError> errorsOf(String json) {
        try {
            CaseFileJson.strict().readString(json);
            return List.of();
        } catch (InvalidCaseFileException e) {
            return e.errors();
        }
    }

    /** The node at a path such as {@code problems[0].extensions[1]}, found as the JSON pointer it spells. */
    private JsonNode at(String path) {
        JsonNode node = root.at("/" + path.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1"));
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("no node at " + path);
        }
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad fixture JSON: " + json, e);
        }
    }
}
