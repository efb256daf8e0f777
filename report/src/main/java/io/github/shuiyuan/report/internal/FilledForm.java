package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.LookBackSheet;
import java.time.LocalDate;
import java.util.List;

/**
 * What a filled-in form says, as read back: the unit (its id when the master list knows the name), the
 * date, the rows that could be read, and who filled it in.
 */
public record FilledForm(String unitId, String unitName, LocalDate filledOn, String filledBy, String contact,
                         List<LookBackRow> rows) {

    public FilledForm {
        rows = List.copyOf(rows);
    }

    /** The same content, ready to be written again. */
    public LookBackSheet toSheet() {
        return new LookBackSheet(unitName, filledOn, filledBy, contact, rows);
    }

    /** Rows marked 是 (rectification complete). */
    public int doneCount() {
        return (int) rows.stream().filter(LookBackRow::done).count();
    }
}
