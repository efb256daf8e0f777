package io.github.shuiyuan.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Labeled;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.io.FileRefusedException;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.core.validation.ValidationError;
import io.github.shuiyuan.rules.Severity;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What every command shares: exit codes, reading a case file, printing errors people read. */
final class Cli {

    /** What {@code --version} prints, for every command. */
    static final String VERSION = "shuiyuan 1.0.0";

    /** Done; for a check, nothing wrong. */
    static final int OK = 0;
    /** The input was checked and is wrong. */
    static final int INVALID = 1;
    /** The command was used wrongly or could not run. */
    static final int USAGE = 2;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Cli() {
    }

    /** A command line writing UTF-8 to standard output and standard error. */
    static CommandLine commandLine(Object command) {
        return commandLine(command, utf8(System.out), utf8(System.err));
    }

    /**
     * A command line writing to {@code out} and {@code err}, with exit code 2 for usage errors, messages
     * people read in Chinese, and no stack trace for anything.
     */
    static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(command);
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.registerConverter(LocalDate.class, Cli::date);
        line.registerConverter(Severity.class, Cli::severity);
        line.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(UsageErrors.describe(ex));
            failed.getErr().println("运行 “" + failed.getCommandSpec().qualifiedName() + " --help” 查看用法。");
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

    private static PrintWriter utf8(java.io.OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** The object mapper for {@link #json}, made the first time a command prints JSON (most never do). */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMappers.newMapper();
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

    /** A value of an option or parameter that does not convert, with the reason in Chinese. */
    static final class BadValue extends CommandLine.TypeConversionException {
        private static final long serialVersionUID = 1L;
        final String code;

        BadValue(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** Reads an ISO date that exists ({@code 2018-02-30} does not). */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new BadValue("INVALID_DATE", "“" + text + "”不是真实存在的日期，应写作 YYYY-MM-DD（如 2018-12-10）");
        }
    }

    /** Reads a severity by its code in any case ({@code major}) or its Chinese label ({@code 较重}). */
    static Severity severity(String text) {
        return Labeled.fromText(Severity.class, text.toUpperCase(Locale.ROOT)).orElseThrow(() -> new BadValue(
                "INVALID_SEVERITY", "“" + text + "”不是严重程度，应为：" + Arrays.stream(Severity.values())
                        .map(s -> s.name() + "（" + s.label() + "）").collect(Collectors.joining("、"))));
    }

    /**
     * Reads and validates a case file; fails with exit 2 when the file cannot be read or is refused unread
     * (a FIFO or a device, a file over the size limit).
     *
     * @return the case file with the proof that it passed, which the engine assesses without validating it again
     * @throws InvalidCaseFileException with every error, when the content is not a valid case file
     */
    static ValidCaseFile loadCaseFile(Path path, boolean lenient) throws InvalidCaseFileException {
        try {
            return (lenient ? CaseFileJson.lenient() : CaseFileJson.strict()).readValid(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** The failure (exit 2) for a file that cannot be read: missing, refused unread, or failing. */
    static Failure unreadable(Path path, IOException e) {
        if (e instanceof FileRefusedException refused) {
            return new Failure(USAGE, refused.getMessage());
        }
        if (e instanceof NoSuchFileException) {
            return new Failure(USAGE, "文件不存在 [FILE_NOT_FOUND]: " + path);
        }
        return new Failure(USAGE, "无法读取文件 [FILE_UNREADABLE]: " + path + " (" + e.getMessage() + ")");
    }

    /**
     * Reads and validates a case file; on errors prints every one to {@code err} and fails with exit 1.
     */
    static CaseFile readCaseFile(Path path, boolean lenient, PrintWriter err) {
        return readValidCaseFile(path, lenient, err).caseFile();
    }

    /**
     * Reads and validates a case file, handing back the proof that it passed; on errors prints every one to
     * {@code err} and fails with exit 1.
     */
    static ValidCaseFile readValidCaseFile(Path path, boolean lenient, PrintWriter err) {
        try {
            return loadCaseFile(path, lenient);
        } catch (InvalidCaseFileException e) {
            printErrors(path, e.errors(), err);
            throw new Failure(INVALID, invalidSummary(path, e.errors().size()));
        }
    }

    static void printErrors(Path path, List<ValidationError> errors, PrintWriter out) {
        for (ValidationError error : errors) {
            out.println(path.getFileName() + " " + error.describe());
        }
    }

    /** The line that closes a list of case-file errors. */
    static String invalidSummary(Path path, int errorCount) {
        return "案卷文件校验未通过 [CASE_FILE_INVALID]: " + path + "，共" + errorCount + "处错误";
    }

    /** A value as indented JSON with a final newline, the library's way (ISO dates, enum names, nulls left out). */
    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }
}
