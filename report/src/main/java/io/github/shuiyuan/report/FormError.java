package io.github.shuiyuan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One thing wrong with a filled-in look-back form: the cell ({@code C7}; absent when the whole file is
 * refused), a stable code, the rule broken, the expected and found values, and a Chinese sentence that
 * names the facts. Serialises to JSON as a plain object.
 *
 * <p>Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormError(String cell, FormErrorCode code, String rule, String expected, String found, String message) {

    public FormError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** An error whose rule is the code's label. */
    public static FormError of(String cell, FormErrorCode code, String expected, String found, String message) {
        return new FormError(cell, code, code.label(), expected, found, message);
    }

    /** One line for people: {@code C7 水源地名称须与附表1一致：… [SOURCE_NAME_MISMATCH]}. */
    public String describe() {
        return (cell == null ? "" : cell + " ") + message + " [" + code.name() + "]";
    }
}
