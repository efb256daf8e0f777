package io.github.shuiyuan.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One thing wrong with a case file: where (a JSON path such as {@code $.problems[3].waterSourceId},
 * and the line and column when the parser knows them), a stable code, and the message in Chinese
 * and English.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationError(String path, ErrorCode code, String message, String messageEn, Integer line, Integer column) {

    public ValidationError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    static ValidationError at(String path, ErrorCode code, String message, String messageEn) {
        return new ValidationError(path, code, message, messageEn, null, null);
    }

    /** One line for people: {@code $.problems[0].waterSourceId: 引用的记录不存在 … [DANGLING_REFERENCE]}. */
    public String describe() {
        String where = line == null ? path : path + " (第" + line + "行第" + column + "列)";
        return where + ": " + message + " [" + code + "]";
    }
}
