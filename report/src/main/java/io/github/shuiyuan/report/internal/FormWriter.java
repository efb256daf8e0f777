package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.LookBackSheet;
import io.github.shuiyuan.report.internal.LookBackTemplate.Role;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lays one look-back form out on a sheet, row by row from top to bottom (so that a streaming sheet
 * never has to revisit a row), following {@link LookBackTemplate}; A4 landscape, fitted to the page's width,
 * and a short form fitted onto one page ({@link PrintFit}).
 */
public final class FormWriter {

    private final Sheet sheet;
    private final StyleBook styles;
    /** The height of every row written so far, in points, for the print fit. */
    private double height;

    private FormWriter(Sheet sheet, StyleBook styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Writes {@code content} onto the empty {@code sheet}. */
    public static void write(Sheet sheet, StyleBook styles, LookBackSheet content) {
        new FormWriter(sheet, styles).write(content);
    }

    private void write(LookBackSheet content) {
        if (content.rows() instanceof Collection<?> rows) {
            checkCapacity(LookBackTemplate.FIRST_DATA_ROW + rows.size() - 1);
        }
        layoutColumns();
        text(row(LookBackTemplate.ANNEX_ROW, LookBackTemplate.ANNEX_HEIGHT), 0, LookBackTemplate.ANNEX, Role.ANNEX);
        title();
        halves(LookBackTemplate.META_ROW, LookBackTemplate.META_HEIGHT, Role.META,
                LookBackTemplate.UNIT_LABEL + nullToEmpty(content.unitName()),
                LookBackTemplate.DATE_LABEL + ChineseDates.format(content.filledOn()));
        header();
        int next = LookBackTemplate.FIRST_DATA_ROW;
        for (LookBackRow row : content.rows()) {
            body(next++, row);
        }
        halves(next++, LookBackTemplate.META_HEIGHT, Role.META,
                LookBackTemplate.FILLER_LABEL + nullToEmpty(content.filledBy()),
                LookBackTemplate.CONTACT_LABEL + nullToEmpty(content.contact()));
        for (String note : LookBackTemplate.NOTES) {
            Row row = row(next, LookBackTemplate.NOTE_HEIGHT);
            text(row, 0, note, Role.NOTE);
            merge(row, LookBackTemplate.wholeRow(next++), Role.NOTE);
        }
        printSetup();
    }

    private void layoutColumns() {
        for (FormColumn column : FormColumn.values()) {
            sheet.setColumnWidth(column.index(), column.width() * 256);
        }
    }

    private void title() {
        Row row = row(LookBackTemplate.TITLE_ROW, LookBackTemplate.TITLE_HEIGHT);
        text(row, 0, LookBackTemplate.TITLE, Role.TITLE);
        merge(row, LookBackTemplate.titleMerge(), Role.TITLE);
    }

    private void halves(int rowIndex, float height, Role role, String left, String right) {
        Row row = row(rowIndex, height);
        text(row, 0, left, role);
        merge(row, LookBackTemplate.leftHalf(rowIndex), role);
        text(row, LookBackTemplate.LEFT_HALF_END + 1, right, role);
        merge(row, LookBackTemplate.rightHalf(rowIndex), role);
    }

    private void header() {
        Row row = row(LookBackTemplate.HEADER_ROW, LookBackTemplate.HEADER_HEIGHT);
        for (FormColumn column : FormColumn.values()) {
            text(row, column.index(), column.title(), Role.HEADER);
        }
    }

    private void checkCapacity(int lastDataRowIndex) {
        Workbooks.checkCapacity(sheet, lastDataRowIndex + 1 + LookBackTemplate.NOTES.size());
    }

    private void body(int rowIndex, LookBackRow content) {
        checkCapacity(rowIndex);
        List<String> texts = List.of(nullToEmpty(content.location()), nullToEmpty(content.sourceName()),
                nullToEmpty(content.rectification()), nullToEmpty(content.lookBack()),
                content.done() ? LookBackTemplate.YES : LookBackTemplate.NO, nullToEmpty(content.remark()));
        int lines = 1;
        for (int i = 0; i < texts.size(); i++) {
            lines = Math.max(lines, RowHeights.lines(texts.get(i), FormColumn.values()[i + 1].width()));
        }
        Row row = row(rowIndex, RowHeights.height(lines, 11, LookBackTemplate.BODY_MIN_HEIGHT));
        Cells.number(row, FormColumn.SERIAL.index(), content.serialNo(), styles, Role.BODY_CENTER.spec());
        for (int i = 0; i < texts.size(); i++) {
            FormColumn column = FormColumn.values()[i + 1];
            text(row, column.index(), texts.get(i), Role.body(column));
        }
    }

    private void printSetup() {
        PageSetup.table(sheet, LookBackTemplate.repeatingRows());
        sheet.getPrintSetup().setFitHeight((short) (PrintFit.onePage(height) ? 1 : 0));
    }

    private Row row(int index, float points) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(points);
        height += points;
        return row;
    }

    private void text(Row row, int column, String text, Role role) {
        Cells.text(row, column, text, styles, role.spec());
    }

    private void merge(Row row, CellRangeAddress range, Role role) {
        for (int c = range.getFirstColumn() + 1; c <= range.getLastColumn(); c++) {
            Cells.blank(row, c, styles, role.spec());
        }
        sheet.addMergedRegion(range);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
