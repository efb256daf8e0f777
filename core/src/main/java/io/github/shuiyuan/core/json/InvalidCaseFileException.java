package io.github.shuiyuan.core.json;

import java.util.List;

/** Thrown when a case file cannot be read or fails validation; carries every error found. */
public final class InvalidCaseFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    public InvalidCaseFileException(List<ValidationError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every error, in document order. */
    public List<ValidationError> errors() {
        return errors;
    }

    private static String summary(List<ValidationError> errors) {
        if (errors.isEmpty()) {
            return "case file invalid";
        }
        String first = errors.get(0).describe();
        return errors.size() == 1 ? first : first + " (另有" + (errors.size() - 1) + "处错误)";
    }
}
