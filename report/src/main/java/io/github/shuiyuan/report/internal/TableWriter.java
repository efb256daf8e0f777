package io.github.shuiyuan.report.internal;

import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a plain table onto a sheet: a bold grey header row that stays frozen and carries an auto-filter,
 * then one row per item, with the columns' widths and styles.
 */
public final class TableWriter {

    /** The header cells. */
    public static final StyleSpec HEADER = StyleSpec.cell(FontSpec.bold(FontSpec.HEADING_FONT, 11),
            HorizontalAlignment.CENTER).filled(IndexedColors.GREY_25_PERCENT);

    private TableWriter() {
    }

    /** Writes the header and the items, and returns the number of item rows written. */
    public static <T> int write(Sheet sheet, StyleBook styles, List<Column<T>> columns, Iterable<T> items) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
            Cells.text(header, c, columns.get(c).title(), styles, HEADER);
        }
        int r = 1;
        for (T item : items) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                value(row, c, column.value().apply(item), styles, column.style().apply(item));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
        return r - 1;
    }

    private static void value(Row row, int column, Object value, StyleBook styles, StyleSpec style) {
        if (value instanceof Number number) {
            Cells.number(row, column, number.doubleValue(), styles, style);
        } else if (value == null) {
            Cells.blank(row, column, styles, style);
        } else {
            Cells.text(row, column, value.toString(), styles, style);
        }
    }
}
