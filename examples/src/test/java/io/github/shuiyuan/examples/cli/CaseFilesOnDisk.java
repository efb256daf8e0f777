package io.github.shuiyuan.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Case-file JSON for command-line tests, written into a folder: the sample broken in named ways (its point is the
 * JSON a command is handed), an empty file, a truncated one. Tests that need a valid case file in code use
 * {@link io.github.shuiyuan.testing.CaseFiles}.
 */
final class CaseFilesOnDisk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseFilesOnDisk() {
    }

    /**
     * The sample with three mistakes: {@code problems[0].waterSourceId} names no source, {@code problems[1].deadline}
     * is 2018-02-30, and {@code waterSources[0]} carries an unknown field {@code remarkz}.
     */
    static Path broken(Path folder) {
        ObjectNode root = sample();
        ArrayNode problems = (ArrayNode) root.get("problems");
        ((ObjectNode) problems.get(0)).put("waterSourceId", "WS-404");
        ((ObjectNode) problems.get(1)).put("deadline", "2018-02-30");
        ((ObjectNode) root.get("waterSources").get(0)).put("remarkz", "笔误");
        return write(folder.resolve("broken.json"), root.toPrettyString());
    }

    /** The sample with only an unknown field, which a lenient reader ignores. */
    static Path withUnknownField(Path folder) {
        ObjectNode root = sample();
        ((ObjectNode) root.get("waterSources").get(0)).put("remarkz", "笔误");
        return write(folder.resolve("unknown-field.json"), root.toPrettyString());
    }

    /** A valid case file with nothing in it but its jurisdiction: no rule has anything to find. */
    static Path empty(Path folder) {
        return write(folder.resolve("empty.json"),
                "{\"schemaVersion\": \"1\", \"jurisdiction\": {\"code\": \"320602\", \"name\": \"崇川区\"}}");
    }

    /** JSON cut off in the middle. */
    static Path truncated(Path folder) {
        return write(folder.resolve("truncated.json"), "{\"schemaVersion\": \"1\",\n \"jurisdiction\": {");
    }

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode sample() {
        try {
            return (ObjectNode) JSON.readTree(Run.SAMPLE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
