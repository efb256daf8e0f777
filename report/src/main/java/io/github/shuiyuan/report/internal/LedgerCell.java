package io.github.shuiyuan.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of a ledger as read: its A1 reference, its text as a person reads it, and what a spreadsheet says
 * beyond the text — the number of a numeric cell, whether it is formatted as a percentage, the date of a date
 * cell. Formulas are never evaluated: a formula cell reads as blank and is reported.
 *
 * @param number  the value of a numeric cell (not a date); null otherwise
 * @param percent whether a numeric cell is formatted as a percentage ({@code 0.3} shown as {@code 30%})
 * @param date    the date of a date-formatted cell; null otherwise
 */
record LedgerCell(String ref, String text, BigDecimal number, boolean percent, LocalDate date) {

    /** An empty cell at {@code ref}. */
    static LedgerCell blank(String ref) {
        return new LedgerCell(ref, "", null, false, null);
    }

    /** Whether the cell holds nothing but white space. */
    boolean isBlank() {
        return Texts.isBlank(text);
    }

    /** The text without surrounding white space. */
    String stripped() {
        return Texts.strip(text);
    }
}
