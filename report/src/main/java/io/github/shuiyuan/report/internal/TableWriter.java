package io.github.shuiyuan.report.internal;

import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a plain table onto a sheet: a bold grey header row that stays frozen (and carries an auto-filter when
 * the table starts the sheet), then one row per item, with the columns' widths and styles. Every row is as tall
 * as its most wrapped cell needs ({@link RowHeights}), so that printed text is neither clipped nor drawn over
 * the next row.
 */
public final class TableWriter {

    /** The header cells. */
    public static final StyleSpec HEADER = StyleSpec.cell(FontSpec.bold(FontSpec.HEADING_FONT, 11),
            HorizontalAlignment.CENTER).filled(IndexedColors.GREY_25_PERCENT);

    /** The height of a one-line row, in points. */
    public static final float MIN_HEIGHT = 18f;

    private TableWriter() {
    }

    /** Writes the header on the first row and the items below it, with an auto-filter; returns the item rows written. */
    public static <T> int write(Sheet sheet, StyleBook styles, List<Column<T>> columns, Iterable<T> items) {
        int written = write(sheet, 0, styles, columns, items);
        sheet.setAutoFilter(new CellRangeAddress(0, written, 0, columns.size() - 1));
        return written;
    }

    /**
     * Writes the header on row {@code headerRow} (0-based) and the items below it, and freezes the rows down to the
     * header; returns the item rows written.
     */
    public static <T> int write(Sheet sheet, int headerRow, StyleBook styles, List<Column<T>> columns, Iterable<T> items) {
        int written = rows(sheet, headerRow, styles, columns, items);
        sheet.createFreezePane(0, headerRow + 1);
        return written;
    }

    /**
     * Writes the header on row {@code headerRow} (0-based) and the items below it, setting the columns' widths;
     * returns the item rows written.
     */
    public static <T> int rows(Sheet sheet, int headerRow, StyleBook styles, List<Column<T>> columns, Iterable<T> items) {
        Row header = sheet.createRow(headerRow);
        header.setHeightInPoints(height(columns, columns.stream().map(Column::title).toList(), HEADER.font().points()));
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
            Cells.text(header, c, columns.get(c).title(), styles, HEADER);
        }
        int r = headerRow + 1;
        for (T item : items) {
            Row row = sheet.createRow(r++);
            List<Object> values = columns.stream().map(column -> column.value().apply(item)).toList();
            List<StyleSpec> looks = columns.stream().map(column -> column.style().apply(item)).toList();
            int points = looks.stream().mapToInt(look -> look.font().points()).max().orElse(11);
            row.setHeightInPoints(height(columns, values, points));
            for (int c = 0; c < columns.size(); c++) {
                value(row, c, values.get(c), styles, looks.get(c));
            }
        }
        return r - headerRow - 1;
    }

    /** The height in points of a row holding {@code values} under {@code columns}, in a font of {@code points}. */
    public static float height(List<? extends Column<?>> columns, List<?> values, int points) {
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            lines = Math.max(lines, RowHeights.lines(text(values.get(c)), columns.get(c).width()));
        }
        return RowHeights.height(lines, points, MIN_HEIGHT);
    }

    /** A cell value as the text a reader sees: numbers in plain decimal form, null as empty. */
    public static String text(Object value) {
        if (value instanceof Number number) {
            return Cells.plain(number.doubleValue());
        }
        return value == null ? "" : value.toString();
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
