package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.LookBackSheet;
import java.time.LocalDate;
import java.util.List;

/**
 * What a filled-in form says, as read back: the unit (its id when the case file knows the name), the date
 * (null when it cannot be read), the rows whose serial could be read, and who filled it in.
 */
public record FilledForm(String unitId, String unitName, LocalDate filledOn, String filledBy, String contact,
                         List<FilledRow> rows) {

    public FilledForm {
        rows = List.copyOf(rows);
    }

    /**
     * One data row as read: where it is (zero-based row index), what it says, and whether its 是否完成整治 could
     * be read (when not, {@code content.done()} is false and means nothing).
     */
    public record FilledRow(int rowIndex, LookBackRow content, boolean doneRead) {
    }

    /** The same content, ready to be written again. */
    public LookBackSheet toSheet() {
        return new LookBackSheet(unitName, filledOn, filledBy, contact, rows.stream().map(FilledRow::content).toList());
    }
}
