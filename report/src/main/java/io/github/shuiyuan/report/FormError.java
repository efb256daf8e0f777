package io.github.shuiyuan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a filled-in look-back form: the cell ({@code C7}; absent when the whole file is
 * refused), a stable code, the rule broken, the expected and found values, and a Chinese sentence that
 * names the facts. A few codes are warnings ({@link #warning()}): told, but the form passes. Serialises to JSON
 * as a plain object with {@code "warning": true} on a warning.
 *
 * <p>Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormError(@Nullable String cell, FormErrorCode code, String rule, @Nullable String expected, @Nullable String found,
                        String message) {

    public FormError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** An error whose rule is the code's label. */
    public static FormError of(@Nullable String cell, FormErrorCode code, @Nullable String expected, @Nullable String found,
                               String message) {
        return new FormError(cell, code, code.label(), expected, found, message);
    }

    /** Whether this is a warning (its code's {@link FormErrorCode#isWarning()}); absent from JSON when false. */
    @JsonProperty("warning")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean warning() {
        return code.isWarning();
    }

    /** Whether {@code findings} hold no error: empty, or warnings only. */
    public static boolean noErrors(List<FormError> findings) {
        return findings.stream().allMatch(FormError::warning);
    }

    /**
     * One line for people: {@code C7 第7行问题序号5的水源地名称应为… [SOURCE_NAME_MISMATCH]}, a warning led by
     * {@code 提示：}.
     */
    public String describe() {
        return (cell == null ? "" : cell + " ") + (warning() ? "提示：" : "") + message + " [" + code.name() + "]";
    }
}
