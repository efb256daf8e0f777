package io.github.shuiyuan.core.validation;

import java.util.List;

/**
 * Thrown when a case file cannot be read or fails validation; carries every error found.
 *
 * <p>Its errors cannot change once thrown; safe to hand to another thread.
 */
public final class InvalidCaseFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    public InvalidCaseFileException(List<ValidationError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * Every error found, in the order the checks met them: record by record through the document. Errors of
     * structure (types, required and unknown fields, enum texts, dates) come alone; the checks across records
     * (ids, references, dates in order, numbers, parameter codes) run only on a file whose structure passed.
     */
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
