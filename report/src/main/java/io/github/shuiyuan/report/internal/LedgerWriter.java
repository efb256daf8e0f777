package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.internal.LookBackTemplate.Role;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lays the problem ledger out on a sheet from top to bottom (so that a streaming sheet never revisits a row):
 * the title merged across the table in row 1, the fourteen headers of {@link LedgerColumn} in row 2 (repeated
 * on every printed page), then one row per problem. Fonts and print setup are the look-back form's.
 */
public final class LedgerWriter {

    /** Zero-based rows. */
    public static final int TITLE_ROW = 0;
    public static final int HEADER_ROW = 1;
    public static final int FIRST_DATA_ROW = 2;

    private static final int LAST_COLUMN = LedgerColumn.values().length - 1;

    private final Sheet sheet;
    private final StyleBook styles;

    private LedgerWriter(Sheet sheet, StyleBook styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Writes the title and the rows onto the empty {@code sheet}; the rows are consumed once, in order. */
    public static void write(Sheet sheet, StyleBook styles, String title, Iterable<LedgerRow> rows) {
        new LedgerWriter(sheet, styles).write(title, rows);
    }

    private void write(String title, Iterable<LedgerRow> rows) {
        if (rows instanceof Collection<?> all) {
            checkCapacity(FIRST_DATA_ROW + all.size() - 1);
        }
        for (LedgerColumn column : LedgerColumn.values()) {
            sheet.setColumnWidth(column.index(), column.width() * 256);
        }
        title(title);
        header();
        int next = FIRST_DATA_ROW;
        for (LedgerRow row : rows) {
            checkCapacity(next);
            body(next++, row);
        }
        PageSetup.table(sheet, HEADER_ROW);
    }

    private void title(String title) {
        Row row = row(TITLE_ROW, LookBackTemplate.TITLE_HEIGHT);
        Cells.text(row, 0, title, styles, Role.TITLE.spec());
        for (int c = 1; c <= LAST_COLUMN; c++) {
            Cells.blank(row, c, styles, Role.TITLE.spec());
        }
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, LAST_COLUMN));
    }

    private void header() {
        int lines = 1;
        for (LedgerColumn column : LedgerColumn.values()) {
            lines = Math.max(lines, RowHeights.lines(column.header(), column.width()));
        }
        Row row = row(HEADER_ROW, RowHeights.height(lines, 12, LookBackTemplate.HEADER_HEIGHT));
        for (LedgerColumn column : LedgerColumn.values()) {
            Cells.text(row, column.index(), column.header(), styles, Role.HEADER.spec());
        }
    }

    private void body(int rowIndex, LedgerRow content) {
        List<Object> cells = content.cells();
        int lines = 1;
        for (LedgerColumn column : LedgerColumn.values()) {
            if (cells.get(column.index()) instanceof String text) {
                lines = Math.max(lines, RowHeights.lines(text, column.width()));
            }
        }
        Row row = row(rowIndex, RowHeights.height(lines, 11, LookBackTemplate.BODY_MIN_HEIGHT));
        for (LedgerColumn column : LedgerColumn.values()) {
            Object value = cells.get(column.index());
            Role role = column.align() == HorizontalAlignment.CENTER ? Role.BODY_CENTER : Role.BODY_LEFT;
            if (value instanceof Integer serial) {
                Cells.number(row, column.index(), serial, styles, role.spec());
            } else if (value instanceof BigDecimal figure) {
                Cells.number(row, column.index(), figure.doubleValue(), styles, role.spec());
            } else if (value == null) {
                Cells.blank(row, column.index(), styles, role.spec());
            } else {
                Cells.text(row, column.index(), value.toString(), styles, role.spec());
            }
        }
    }

    private void checkCapacity(int lastDataRowIndex) {
        Workbooks.checkCapacity(sheet, lastDataRowIndex);
    }

    private Row row(int index, float height) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(height);
        return row;
    }
}
