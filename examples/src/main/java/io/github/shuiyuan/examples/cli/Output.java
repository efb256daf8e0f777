package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.io.FileRefusedException;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a command's output goes: standard output, or a file through the library's {@link OutputFile} — checked
 * before any input is read (never one of the inputs, never a FIFO or a device, the extension of its format),
 * then written whole or not at all. The command line, unlike the library, owns its process: a shutdown hook
 * removes the temporary file of a write cut short by SIGTERM or SIGINT.
 */
final class Output {

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final OutputFile.Temporaries TRACKED = OutputFile.Temporaries.in(PENDING);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Output::removePending, "shuiyuan-remove-temporary-files"));
    }

    private Output() {
    }

    /**
     * The output file {@code file}, checked now — before the command reads anything — against {@code inputs}
     * and the format's {@code extensions}; fails with exit 2 when it is refused.
     */
    static OutputFile checked(Path file, Collection<Path> inputs, String... extensions) {
        OutputFile output = OutputFile.of(file, extensions).notOverwriting(
                inputs.stream().filter(Objects::nonNull).toList());
        try {
            output.check();
        } catch (IOException e) {
            throw unwritable(file, e);
        }
        return output;
    }

    /** {@link #checked(Path, Collection, String...)} for one input. */
    static OutputFile checked(Path file, Path input, String... extensions) {
        return checked(file, input == null ? List.of() : List.of(input), extensions);
    }

    /** Prints {@code text} to {@code out}, or writes it to {@code file} (UTF-8) when one is given. */
    static void text(String text, OutputFile file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
        } else {
            write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Prints the JSON of an assessment to {@code out}, or writes it to {@code file} when one is given, as it is
     * made: a province's assessment runs to tens of megabytes, and is never held as one string.
     */
    static void json(Assessment assessment, OutputFile file, PrintWriter out) {
        if (file == null) {
            try {
                ComplianceEngine.writeJson(assessment, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintWriter does not throw
            }
        } else {
            write(file, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                ComplianceEngine.writeJson(assessment, writer);
            });
        }
    }

    /** Writes {@code file} whole or not at all; fails with exit 2 when it cannot be written. */
    static void write(OutputFile file, OutputFile.Content content) {
        try {
            file.write(content, TRACKED);
        } catch (IOException | IllegalArgumentException e) {
            throw unwritable(file.target(), e);
        }
    }

    private static Cli.Failure unwritable(Path file, Exception e) {
        if (e instanceof FileRefusedException) {
            return new Cli.Failure(Cli.USAGE, e.getMessage());
        }
        String code = e instanceof IllegalArgumentException ? "CANNOT_WRITE" : "FILE_UNWRITABLE";
        return new Cli.Failure(Cli.USAGE, "无法写入文件 [" + code + "]: " + file + " (" + e.getMessage() + ")");
    }

    private static void removePending() {
        for (Path file : PENDING.toArray(Path[]::new)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the process is ending; nothing else can be done about it
            }
        }
    }
}
