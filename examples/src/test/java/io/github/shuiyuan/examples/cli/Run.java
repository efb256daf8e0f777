package io.github.shuiyuan.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** One run of the command line in this JVM: its exit code and what it printed to standard output and error. */
record Run(int exitCode, String out, String err) {

    /** The bundled 2018 Chongchuan sample; tests run in the examples module folder. */
    static final Path SAMPLE = Path.of("data", "chongchuan-2018.json").toAbsolutePath();

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Standard output and error together. */
    String all() {
        return out + err;
    }

    /** Standard output read as JSON. */
    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
