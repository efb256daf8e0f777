package io.github.shuiyuan.rules;

/**
 * One thing wrong with a rule file: the file, the line (0 when unknown) and the message, printed as
 * {@code file:line: message}.
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
