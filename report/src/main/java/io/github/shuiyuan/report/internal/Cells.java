package io.github.shuiyuan.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/**
 * Writing and reading single cells safely. Text is always written as a string cell, so a value such as
 * {@code =1+1} stays text (and is quote-prefixed so that it stays text when someone edits it); formulas
 * are read as their cached value, never evaluated.
 */
public final class Cells {

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"[^\"]*\"");

    /** The most characters a cell holds in both formats. */
    public static final int MAX_TEXT = 32_767;

    private Cells() {
    }

    /** Writes {@code text} (null as empty) as a string cell with the style of {@code spec}. */
    public static Cell text(Row row, int column, String text, StyleBook styles, StyleSpec spec) {
        String value = text == null ? "" : text;
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("单元格" + ref(row.getRowNum(), column) + "的文字有" + value.length()
                    + "个字符，超过电子表格单元格上限" + MAX_TEXT + "个字符 (cell text too long)");
        }
        Cell cell = row.createCell(column, CellType.STRING);
        cell.setCellValue(value);
        cell.setCellStyle(styles.style(looksLikeFormula(value) ? spec.quotedText() : spec));
        return cell;
    }

    /** Writes a number cell with the style of {@code spec}. */
    public static Cell number(Row row, int column, double value, StyleBook styles, StyleSpec spec) {
        Cell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(styles.style(spec));
        return cell;
    }

    /** Gives an empty cell the style of {@code spec} (borders of a merged or blank cell). */
    public static void blank(Row row, int column, StyleBook styles, StyleSpec spec) {
        row.createCell(column, CellType.BLANK).setCellStyle(styles.style(spec));
    }

    /** Whether a spreadsheet would take this text for a formula if typed in: it starts with =, +, - or @. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /** The A1 reference of a cell, e.g. {@code C7} for row index 6, column index 2. */
    public static String ref(int rowIndex, int columnIndex) {
        return new CellReference(rowIndex, columnIndex).formatAsString(false);
    }

    /** The column letters of a column index, e.g. {@code C}. */
    public static String column(int columnIndex) {
        return CellReference.convertNumToColString(columnIndex);
    }

    /**
     * The text of a cell as a person reads it (empty for none): strings as they are, numbers in plain
     * decimal form, dates as ISO dates, formulas by their cached value (never evaluated).
     */
    public static String read(Cell cell) {
        if (cell == null) {
            return "";
        }
        try {
            return readValue(cell);
        } catch (UnreadableCell e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableCell(ref(cell.getRowIndex(), cell.getColumnIndex()),
                    "值与单元格类型不符（" + e.getClass().getSimpleName() + "）");
        }
    }

    /** The latest day a spreadsheet date can be (9999-12-31), as a serial number. */
    private static final double LAST_DATE = 2_958_465;

    private static String readValue(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> isDateFormatted(cell) ? date(cell) : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String date(Cell cell) {
        return dateValue(cell).toString();
    }

    /**
     * The day a date-formatted number cell holds.
     *
     * @throws UnreadableCell naming the cell when the number is no day a spreadsheet can show (before 1900, after 9999)
     */
    public static LocalDate dateValue(Cell cell) {
        double serial = cell.getNumericCellValue();
        if (!(serial >= 0 && serial < LAST_DATE + 1)) {
            throw new UnreadableCell(ref(cell.getRowIndex(), cell.getColumnIndex()),
                    "日期值" + plain(serial) + "超出电子表格的日期范围（1900年至9999年）");
        }
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /** Whether the cell holds a formula. */
    public static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /** Whether the cell holds a number (directly or as a formula's cached value). */
    public static boolean isNumeric(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC;
    }

    /** Whether the cell holds a date: a number in a date format (directly, not as a formula's value). */
    public static boolean isDate(Cell cell) {
        return cell != null && cell.getCellType() == CellType.NUMERIC && isDateFormatted(cell);
    }

    /**
     * Whether a number cell's format is a date format, quoted text in it included: POI takes
     * {@code "填报时间："yyyy"年"m"月"d"日"} for a number, Excel shows {@code 填报时间：2018年12月10日}.
     */
    private static boolean isDateFormatted(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return true;
        }
        String format = cell.getCellStyle().getDataFormatString();
        if (format == null || format.indexOf('"') < 0 || !DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            return false;
        }
        return DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), QUOTED.matcher(format).replaceAll(""));
    }

    /** A number as plain decimal text: {@code 12}, {@code 12.5}. */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
