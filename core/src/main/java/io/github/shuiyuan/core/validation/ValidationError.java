package io.github.shuiyuan.core.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a case file: where (a JSON path such as {@code $.problems[3].waterSourceId},
 * and the line and column when the parser knows them), a stable code, and the message in Chinese
 * and English. Absent {@code line} and {@code column} mean the error was found in records, not text.
 * Immutable and thread-safe.
 */
public record ValidationError(String path, ErrorCode code, String message, String messageEn, @Nullable Integer line,
                              @Nullable Integer column) {

    public ValidationError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** An error at {@code path}, found in the records rather than at a line of text. */
    public static ValidationError at(String path, ErrorCode code, String message, String messageEn) {
        return new ValidationError(path, code, message, messageEn, null, null);
    }

    /** One line for people: {@code $.problems[0].waterSourceId: 引用的记录不存在 … [DANGLING_REFERENCE]}. */
    public String describe() {
        String where = line == null ? path : path + " (第" + line + "行第" + column + "列)";
        return where + ": " + message + " [" + code + "]";
    }
}
