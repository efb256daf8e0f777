package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a command's output goes: standard output, or a file that is written whole or not at all — to a
 * temporary file beside it first, then moved into place, so a reader never sees half a file.
 */
final class Output {

    /** Writes the content of a file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Output() {
    }

    /** Prints {@code text} to {@code out}, or writes it to {@code file} (UTF-8) when one is given. */
    static void text(String text, Path file, PrintWriter out) {
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
    static void json(Assessment assessment, Path file, PrintWriter out) {
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

    /** Writes {@code file} atomically; fails with exit 2 when it cannot be written. */
    static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new Cli.Failure(Cli.USAGE, "应为文件，却是目录 [NOT_A_FILE]: " + file);
        }
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new Cli.Failure(Cli.USAGE, "输出文件所在的目录不存在 [DIRECTORY_NOT_FOUND]: " + folder);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            shareable(temporary);
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            throw new Cli.Failure(Cli.USAGE, "无法写入文件 [FILE_UNWRITABLE]: " + file + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new Cli.Failure(Cli.USAGE, "无法写入文件 [CANNOT_WRITE]: " + file + " (" + e.getMessage() + ")");
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Reports are for sharing: rw-r--r-- like any file the user writes, not the temporary file's rw-------. */
    private static void shareable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the target is either whole or untouched
        }
    }
}
