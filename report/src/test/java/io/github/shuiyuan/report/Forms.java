package io.github.shuiyuan.report;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Forms as the writer makes them from the bundled rules' real assessment (what a sub-district downloads), and
 * the check of a form for a period against a case file with the same rules.
 */
final class Forms {

    static final YearMonth NOVEMBER = YearMonth.of(2018, 11);

    private Forms() {
    }

    /** The unit's form as of {@code asOf}, signed by nobody. */
    static byte[] written(CaseFile file, String unitId, LocalDate asOf, FormFormat format) {
        try {
            return LookBackFormWriteTest.write(
                    LookBackForm.sheet(file, Fixtures.assessment(file, asOf), unitId, null), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit's form of the sample as of 2018-12-10 (the November report, handed in late). */
    static byte[] december10(String unitId, FormFormat format) {
        return written(CaseFiles.sample(), unitId, Fixtures.DEC_10, format);
    }

    /** Every error and warning of {@code form} checked for {@code period} against {@code file}. */
    static List<FormError> check(byte[] form, CaseFile file, YearMonth period) {
        try {
            return LookBackForm.check(new ByteArrayInputStream(form), file, period, Fixtures.engine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCaseFileException e) {
            throw new IllegalStateException(e.errors().toString(), e);
        }
    }

    /** The check of {@code form} for November 2018 against the sample. */
    static List<FormError> checkNovember(byte[] form) {
        return check(form, CaseFiles.sample(), NOVEMBER);
    }
}
