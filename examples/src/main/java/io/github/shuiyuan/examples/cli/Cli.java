package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.json.InvalidCaseFileException;
import io.github.shuiyuan.core.json.ValidationError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** What every command shares: exit codes, reading a case file, printing errors people read. */
final class Cli {

    /** Done; for a check, nothing wrong. */
    static final int OK = 0;
    /** The input was checked and is wrong. */
    static final int INVALID = 1;
    /** The command was used wrongly or could not run. */
    static final int USAGE = 2;

    private Cli() {
    }

    /** A command line with UTF-8 output, exit code 2 for usage errors and no stack trace for anything. */
    static CommandLine commandLine(Object command) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        line.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("用法错误 [USAGE]: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof Failure failure) {
                cmd.getErr().println(failure.getMessage());
                return failure.exitCode;
            }
            cmd.getErr().println("无法执行 [INTERNAL]: " + ex);
            return USAGE;
        });
        return line;
    }

    /** Ends a command with an exit code and a message for people (Chinese, then the English code). */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        Failure(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    /** Reads a file, failing with exit 2 when it cannot be read. */
    static byte[] readFile(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new Failure(USAGE, "文件不存在 [FILE_NOT_FOUND]: " + path);
        } catch (IOException e) {
            throw new Failure(USAGE, "无法读取文件 [FILE_UNREADABLE]: " + path + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads and validates a case file; on errors prints every one to {@code err} and fails with exit 1.
     */
    static CaseFile readCaseFile(Path path, boolean lenient, PrintWriter err) {
        byte[] bytes = readFile(path);
        try {
            CaseFileJson json = lenient ? CaseFileJson.lenient() : CaseFileJson.strict();
            return json.read(new java.io.ByteArrayInputStream(bytes));
        } catch (InvalidCaseFileException e) {
            printErrors(path, e.errors(), err);
            throw new Failure(INVALID, "案卷文件校验未通过 [CASE_FILE_INVALID]: " + path + "，共" + e.errors().size() + "处错误");
        } catch (IOException e) {
            throw new Failure(USAGE, "无法读取文件 [FILE_UNREADABLE]: " + path + " (" + e.getMessage() + ")");
        }
    }

    static void printErrors(Path path, List<ValidationError> errors, PrintWriter out) {
        for (ValidationError error : errors) {
            out.println(path.getFileName() + " " + error.describe());
        }
    }
}
