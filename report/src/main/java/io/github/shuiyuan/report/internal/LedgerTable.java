package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A district's ledger spreadsheet read as real ones come: the first sheet holding the header row (found by its
 * text, wherever it starts), a title row above it (often merged) carrying the date, headers with line breaks and
 * bracketed hints or a second header row of hints, cells merged down a column (a source's name written once for
 * its rows), blank rows, a 合计 row and notes under the table. A missing, renamed or reordered column, or an extra
 * one, is an error naming its cell: it would change what a column means. Formulas are reported, never evaluated.
 */
final class LedgerTable {

    /** How far down the header row may be. */
    private static final int HEADER_SEARCH_ROWS = 30;
    /** Merged regions are looked at only where a ledger can be (a hostile file may merge a whole sheet). */
    private static final int LAST_READ_COLUMN = 64;
    private static final int MAX_MERGED_CELLS = 4_000_000;
    private static final Pattern TOTAL = Pattern.compile(".*(合计|总计|小计).*");
    private static final Pattern FOOTER = Pattern.compile("^(注|备注|说明|填表|制表|审核|负责人|联系).*");

    /** One data row: its zero-based index in the sheet and its fourteen cells. */
    record Line(int rowIndex, Map<LedgerColumn, LedgerCell> cells) {

        LedgerCell cell(LedgerColumn column) {
            return cells.get(column);
        }

        /** The sheet row as people count it (1-based). */
        int rowNumber() {
            return rowIndex + 1;
        }
    }

    /** What was read: the date found above the header (null when none), its cell, the rows, and the errors. */
    record Read(LocalDate date, String dateCell, List<Line> lines, List<FormError> errors) {
    }

    private final Sheet sheet;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    private final List<FormError> errors = new ArrayList<>();
    private final Set<String> formulas = new HashSet<>();
    private int headerRow;
    private int offset;

    private LedgerTable(Sheet sheet) {
        this.sheet = sheet;
        int lastRow = sheet.getLastRowNum();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), lastRow) && merged.size() < MAX_MERGED_CELLS; r++) {
                for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), LAST_READ_COLUMN); c++) {
                    merged.put(key(r, c), range);
                }
            }
        }
    }

    /** Reads the ledger in {@code workbook}. */
    static Read read(Workbook workbook) {
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            LedgerTable table = new LedgerTable(workbook.getSheetAt(s));
            if (table.findHeader()) {
                return table.read();
            }
        }
        String expected = Arrays.stream(LedgerColumn.values()).map(LedgerColumn::header).collect(Collectors.joining(" "));
        return new Read(null, null, List.of(), List.of(FormError.of(null, FormErrorCode.LEDGER_HEADER_NOT_FOUND, expected,
                "（未找到）", "找不到台账的表头行（应含“序号”和“水源地名称”等14列），请使用附表1的格式。")));
    }

    private boolean findHeader() {
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (LedgerColumn.SERIAL.matches(text(r, cell.getColumnIndex()))
                        && LedgerColumn.SOURCE.matches(text(r, cell.getColumnIndex() + LedgerColumn.SOURCE.index()))) {
                    headerRow = r;
                    offset = cell.getColumnIndex();
                    return true;
                }
            }
        }
        return false;
    }

    private Read read() {
        boolean hintRow = isHintRow(headerRow + 1);
        checkColumns(hintRow);
        if (!errors.isEmpty()) {
            return new Read(null, null, List.of(), errors);
        }
        Optional<String[]> date = date();
        List<Line> lines = new ArrayList<>();
        for (int r = headerRow + (hintRow ? 2 : 1); r <= sheet.getLastRowNum(); r++) {
            Map<LedgerColumn, LedgerCell> cells = new EnumMap<>(LedgerColumn.class);
            for (LedgerColumn column : LedgerColumn.values()) {
                cells.put(column, cell(r, offset + column.index()));
            }
            String first = cells.values().stream().filter(c -> !c.isBlank()).map(LedgerCell::stripped).findFirst().orElse("");
            if (first.isEmpty() || isTotal(cells)) {
                continue;
            }
            if (!cells.get(LedgerColumn.SERIAL).stripped().matches("\\d+") && FOOTER.matcher(first).matches()) {
                break;
            }
            lines.add(new Line(r, cells));
        }
        return new Read(date.map(d -> LocalDate.parse(d[0])).orElse(null), date.map(d -> d[1]).orElse(null), lines, errors);
    }

    private void checkColumns(boolean hintRow) {
        for (LedgerColumn column : LedgerColumn.values()) {
            int c = offset + column.index();
            String found = text(headerRow, c) + (hintRow && !coveredFromAbove(headerRow + 1, c) ? text(headerRow + 1, c) : "");
            if (!column.matches(found)) {
                errors.add(FormError.of(Cells.ref(headerRow, c), FormErrorCode.LEDGER_COLUMN_MISMATCH, column.header(), found,
                        "第" + (column.index() + 1) + "列的表头应为“" + column.header() + "”，台账写的是" + Texts.quoted(found)
                                + "；不得缺列、增列或调换列的顺序。"));
                return;
            }
        }
        int extra = offset + LedgerColumn.values().length;
        if (!Texts.isBlank(text(headerRow, extra))) {
            errors.add(FormError.of(Cells.ref(headerRow, extra), FormErrorCode.EXTRA_COLUMN, "（空）", text(headerRow, extra),
                    "附表1只有14列，第" + Cells.column(extra) + "列“" + text(headerRow, extra) + "”不是台账的列，请删去。"));
        }
    }

    /** A second header row that only adds bracketed hints ({@code （地级/县级）}, {@code （%）}). */
    private boolean isHintRow(int r) {
        boolean any = false;
        for (LedgerColumn column : LedgerColumn.values()) {
            int c = offset + column.index();
            if (coveredFromAbove(r, c)) {
                continue;
            }
            String text = Texts.strip(text(r, c));
            if (text.isEmpty()) {
                continue;
            }
            if (!(text.startsWith("（") || text.startsWith("(") || text.equals("%") || text.equals("％"))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A 合计 row: 合计, 总计 or 小计 in one of the first four columns, and no serial number. */
    private static boolean isTotal(Map<LedgerColumn, LedgerCell> cells) {
        return !cells.get(LedgerColumn.SERIAL).stripped().matches("\\d+")
                && Stream.of(LedgerColumn.SERIAL, LedgerColumn.PROVINCE, LedgerColumn.LOCATION, LedgerColumn.SOURCE)
                        .anyMatch(c -> TOTAL.matcher(cells.get(c).stripped()).matches());
    }

    /** The first date written above the header: its ISO text and its cell. */
    private Optional<String[]> date() {
        for (int r = sheet.getFirstRowNum(); r >= 0 && r < headerRow; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                LedgerCell read = cell(r, cell.getColumnIndex());
                Optional<LocalDate> day = read.date() != null ? Optional.of(read.date()) : LedgerValues.firstDay(read.text());
                if (day.isPresent()) {
                    return Optional.of(new String[] {day.get().toString(), read.ref()});
                }
            }
        }
        return Optional.empty();
    }

    private String text(int r, int c) {
        return cell(r, c).text();
    }

    /** The cell at (r, c); inside a merged region, the region's first cell speaks for it. */
    private LedgerCell cell(int r, int c) {
        String ref = Cells.ref(r, c);
        CellRangeAddress range = merged.get(key(r, c));
        int sr = range == null ? r : range.getFirstRow();
        int sc = range == null ? c : range.getFirstColumn();
        Row row = sheet.getRow(sr);
        Cell cell = row == null ? null : row.getCell(sc);
        if (cell == null) {
            return LedgerCell.blank(ref);
        }
        if (Cells.isFormula(cell)) {
            if (sr == r && sc == c && formulas.add(ref)) {
                errors.add(FormError.of(ref, FormErrorCode.FORMULA, "直接填写的内容", "公式", "单元格" + ref
                        + "使用了公式，台账须直接填写内容（公式不会被计算）。"));
            }
            return LedgerCell.blank(ref);
        }
        if (Cells.isNumeric(cell)) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = Cells.dateValue(cell);
                return new LedgerCell(ref, date.toString(), null, false, date);
            }
            String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
            return new LedgerCell(ref, Cells.read(cell), BigDecimal.valueOf(cell.getNumericCellValue()),
                    format != null && format.contains("%"), null);
        }
        return new LedgerCell(ref, Cells.read(cell), null, false, null);
    }

    private boolean coveredFromAbove(int r, int c) {
        CellRangeAddress range = merged.get(key(r, c));
        return range != null && range.getFirstRow() < r;
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}
