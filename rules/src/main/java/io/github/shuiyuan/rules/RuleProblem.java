package io.github.shuiyuan.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with a rule file: the file, the line (0 when unknown) and the message, printed as
 * {@code file:line: message}, or {@code file: message} when no line applies. Messages are Chinese and end with a stable English code in brackets
 * ({@code [COMPILE]}, {@code [DUPLICATE_ID]} …), which {@link #code()} returns.
 */
public record RuleProblem(String file, int line, String message) {

    private static final Pattern CODE = Pattern.compile("\\[([A-Z][A-Z_]*)]\\s*$");

    /** The English code at the end of the message, such as {@code FORBIDDEN_CALL}; null when it has none. */
    public String code() {
        Matcher m = CODE.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
