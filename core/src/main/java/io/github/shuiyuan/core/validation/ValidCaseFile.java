package io.github.shuiyuan.core.validation;

import io.github.shuiyuan.core.CaseFile;

/**
 * A case file that passed {@link CaseFileValidator}, as the validator or the strict JSON reader hands it back.
 * Only the validator makes one, so holding one is proof that the case file was checked: the engine assesses it
 * without checking it again. It is the proof itself, not a cache — nothing is remembered about case files anywhere
 * — and since case files are deeply immutable, a case file found valid stays valid.
 *
 * <pre>{@code
 * ValidCaseFile file = CaseFileJson.strict().readValid(Path.of("case.json"));  // read and validated once
 * Assessment a = engine.assess(file, LocalDate.of(2018, 12, 10));              // not validated again
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidCaseFile {

    private final CaseFile caseFile;

    ValidCaseFile(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /** The case file that passed validation. */
    public CaseFile caseFile() {
        return caseFile;
    }

    @Override
    public String toString() {
        return "ValidCaseFile[" + caseFile.jurisdiction() + "]";
    }
}
