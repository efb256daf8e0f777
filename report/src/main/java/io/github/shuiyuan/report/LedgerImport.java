package io.github.shuiyuan.report;

import io.github.shuiyuan.core.CaseFile;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of merging a ledger into a case file: either accepted — the merged case file, valid under the
 * strict validator, and what each row changes — or refused, with every error by cell and no case file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ledgerDate the date the ledger was judged as of (its title's date, or the one given); null when unknown
 * @param caseFile   the merged case file; null when refused
 * @param changes    what each row adds, updates or leaves unchanged, in sheet order; empty when refused
 * @param errors     every error, in sheet order; empty when accepted
 */
public record LedgerImport(@Nullable LocalDate ledgerDate, @Nullable CaseFile caseFile, List<LedgerChange> changes, List<FormError> errors) {

    public LedgerImport {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
        if (errors.isEmpty() == (caseFile == null)) {
            throw new IllegalArgumentException("a ledger import has a case file exactly when it has no errors");
        }
    }

    /** A refused import. */
    public static LedgerImport refused(@Nullable LocalDate ledgerDate, List<FormError> errors) {
        return new LedgerImport(ledgerDate, null, List.of(), errors);
    }

    /** Whether the whole ledger was accepted. */
    public boolean accepted() {
        return errors.isEmpty();
    }

    /** How many rows are of this kind. */
    public long count(LedgerChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
