package io.github.shuiyuan.core.validation;

import io.github.shuiyuan.core.CaseFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one validation of a case file, whichever way it was made: read from JSON by
 * {@link io.github.shuiyuan.core.json.CaseFileJson}, built in Java, or handed to the engine. It reports every
 * error at once, each at the JSON path the value has in the case file's JSON ({@code $.problems[0].waterSourceId}),
 * so a case file built in code and the same file read from JSON get the same errors:
 * <ul>
 *   <li>required fields present (a source's {@code name}, a problem's {@code waterSourceId} …);</li>
 *   <li>ids unique per kind, serial numbers unique, every reference resolving, one zone per level;</li>
 *   <li>a problem's dates in order and present for its status, numbers finite and not negative,
 *       percentages 0–100, sample parameter codes known.</li>
 * </ul>
 * A missing required field never hides the other errors: a case file without its jurisdiction still has its
 * dangling references reported.
 *
 * <p>Case files are deeply immutable, so a case file found valid stays valid: {@link #validated(CaseFile)} hands it
 * back as a {@link ValidCaseFile}, the proof that it was checked, which the engine assesses without checking it
 * again (the strict JSON reader returns one too). Nothing is remembered between calls: a case file handed over as a
 * plain {@link CaseFile} is checked every time. Thread-safe; it has no state.
 *
 * <pre>{@code
 * List<ValidationError> errors = CaseFileValidator.validate(file);
 * errors.forEach(e -> log.warn(e.describe()));   // $.problems[0].waterSourceId: 引用的水源地“WS-9”不存在 [DANGLING_REFERENCE]
 * }</pre>
 */
public final class CaseFileValidator {

    private CaseFileValidator() {
    }

    /**
     * Every error in {@code file}, required fields first, then the checks across records, each group in the
     * order of the case file's JSON.
     *
     * @return the errors; empty when the case file is valid
     */
    public static List<ValidationError> validate(CaseFile file) {
        Objects.requireNonNull(file, "file");
        List<ValidationError> errors = new ArrayList<>();
        new RequiredFields(errors).check(file, "$");
        new ContentChecker(file, errors).check();
        return List.copyOf(errors);
    }

    /**
     * Validates {@code file} and returns it as the proof that it passed.
     *
     * @throws InvalidCaseFileException with every error, when it is not valid
     */
    public static ValidCaseFile validated(CaseFile file) throws InvalidCaseFileException {
        return new ValidCaseFile(requireValid(file));
    }

    /**
     * Validates {@code file} and returns it when it is valid.
     *
     * @throws InvalidCaseFileException with every error, when it is not
     */
    public static CaseFile requireValid(CaseFile file) throws InvalidCaseFileException {
        List<ValidationError> errors = validate(file);
        if (!errors.isEmpty()) {
            throw new InvalidCaseFileException(errors);
        }
        return file;
    }
}
