package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Proves a filled-in form kept the template's layout (note 1: no rows or columns added or removed, no
 * merged cells, no reordering): finds the header row by its text, then checks the seven headers, extra
 * columns, merges, hidden rows and hidden columns of the header and data area.
 */
final class LayoutCheck {

    /** How far down the header row is looked for. */
    private static final int HEADER_SEARCH_ROWS = 30;
    /** How many header texts make a row the header row. */
    private static final int HEADER_MIN_MATCHES = 4;
    private static final Set<String> HEADER_KEYS = Arrays.stream(FormColumn.values())
            .map(c -> Texts.headerKey(c.title())).collect(Collectors.toSet());

    private final Sheet sheet;
    private final List<FormError> errors;

    LayoutCheck(Sheet sheet, List<FormError> errors) {
        this.sheet = sheet;
        this.errors = errors;
    }

    /** The layout found, or empty (with HEADER_NOT_FOUND reported) when there is no header row. */
    Optional<FormLayout> check() {
        Optional<Integer> header = findHeader();
        if (header.isEmpty()) {
            String expected = Arrays.stream(FormColumn.values()).map(FormColumn::title).collect(Collectors.joining("、"));
            errors.add(FormError.of(Cells.ref(LookBackTemplate.HEADER_ROW, 0), FormErrorCode.HEADER_NOT_FOUND, expected,
                    "前" + HEADER_SEARCH_ROWS + "行中没有表头", "未找到表头行（" + expected + "），无法核对。"));
            return Optional.empty();
        }
        FormLayout layout = layout(header.get());
        headerPosition(layout.headerRow());
        titleAndLabels(layout.headerRow());
        headers(layout.headerRow());
        extraColumns(layout);
        merges(layout);
        hiddenRows(layout);
        hiddenColumns(layout.headerRow());
        return Optional.of(layout);
    }

    private Optional<Integer> findHeader() {
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row != null && headerMatches(row) >= HEADER_MIN_MATCHES) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static int headerMatches(Row row) {
        int matches = 0;
        for (Cell cell : row) {
            if (HEADER_KEYS.contains(Texts.headerKey(Cells.read(cell)))) {
                matches++;
            }
        }
        return matches;
    }

    private FormLayout layout(int headerRow) {
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            String first = Texts.strip(Cells.read(cell(r, 0)));
            if (first.startsWith("填表人")) {
                return new FormLayout(headerRow, r, r);
            }
            if (first.startsWith("备注")) {
                return new FormLayout(headerRow, r, -1);
            }
        }
        return new FormLayout(headerRow, sheet.getLastRowNum() + 1, -1);
    }

    private void headerPosition(int headerRow) {
        if (headerRow != LookBackTemplate.HEADER_ROW) {
            errors.add(FormError.of(Cells.ref(headerRow, 0), FormErrorCode.HEADER_ROW_MOVED,
                    "第" + (LookBackTemplate.HEADER_ROW + 1) + "行", "第" + (headerRow + 1) + "行",
                    "表头应在第" + (LookBackTemplate.HEADER_ROW + 1) + "行，实际在第" + (headerRow + 1)
                            + "行：表头上方的行被增加或删除。"));
        }
    }

    private void titleAndLabels(int headerRow) {
        int titleRow = headerRow - (LookBackTemplate.HEADER_ROW - LookBackTemplate.TITLE_ROW);
        int metaRow = headerRow - (LookBackTemplate.HEADER_ROW - LookBackTemplate.META_ROW);
        if (titleRow >= 0) {
            String title = Cells.read(cell(titleRow, 0));
            if (!Texts.headerKey(title).equals(Texts.headerKey(LookBackTemplate.TITLE))) {
                changed(titleRow, 0, LookBackTemplate.TITLE, title, "表题");
            }
        }
        if (metaRow >= 0) {
            label(metaRow, 0, LookBackTemplate.UNIT_KEY, LookBackTemplate.UNIT_LABEL);
            label(metaRow, LookBackTemplate.LEFT_HALF_END + 1, LookBackTemplate.DATE_KEY, LookBackTemplate.DATE_LABEL);
        }
    }

    /**
     * A label cell must still start with its label's words ({@code 填报单位}); a real date cell stands for
     * 填报时间 (its number format may carry the label).
     */
    private void label(int row, int column, String key, String label) {
        Cell cell = cell(row, column);
        String found = Cells.read(cell);
        boolean dateCell = key.equals(LookBackTemplate.DATE_KEY) && Cells.isDate(cell);
        if (!Texts.headerKey(found).startsWith(key) && !dateCell) {
            changed(row, column, label + "……", found, "标签“" + label + "”");
        }
    }

    private void changed(int row, int column, String expected, String found, String what) {
        String ref = Cells.ref(row, column);
        errors.add(FormError.of(ref, FormErrorCode.TITLE_CHANGED, expected, Texts.abbreviate(found),
                ref + "的" + what + "被改为" + Texts.quoted(Texts.abbreviate(found)) + "：表题和标签须与模板一致。"));
    }

    private void headers(int headerRow) {
        for (FormColumn column : FormColumn.values()) {
            String found = Cells.read(cell(headerRow, column.index()));
            if (!Texts.headerKey(found).equals(Texts.headerKey(column.title()))) {
                errors.add(FormError.of(column.cell(headerRow), FormErrorCode.HEADER_MISMATCH, column.title(), found,
                        "第" + (column.index() + 1) + "列表头应为“" + column.title() + "”，实际为" + Texts.quoted(found)
                                + "：表格的列被增加、删除或调换。"));
            }
        }
    }

    private void extraColumns(FormLayout layout) {
        Map<Integer, String> firstCellByColumn = new TreeMap<>();
        for (int r = layout.headerRow(); r < layout.dataEnd(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c > LookBackTemplate.LAST_COLUMN && (Cells.isFormula(cell) || !Texts.isBlank(Cells.read(cell)))) {
                    firstCellByColumn.putIfAbsent(c, Cells.ref(r, c));
                }
            }
        }
        firstCellByColumn.forEach((c, ref) -> errors.add(FormError.of(ref, FormErrorCode.EXTRA_COLUMN,
                "只有A至G列", Cells.column(c) + "列有内容",
                "表格第" + (c + 1) + "列（" + Cells.column(c) + "列）有内容，而统计表只有7列：不得增加列。")));
    }

    private void merges(FormLayout layout) {
        List<CellRangeAddress> inArea = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastRow() >= layout.headerRow() && region.getFirstRow() < layout.dataEnd()) {
                inArea.add(region);
            }
        }
        inArea.sort((a, b) -> a.getFirstRow() != b.getFirstRow() ? Integer.compare(a.getFirstRow(), b.getFirstRow())
                : Integer.compare(a.getFirstColumn(), b.getFirstColumn()));
        for (CellRangeAddress region : inArea) {
            String range = region.formatAsString();
            errors.add(FormError.of(Cells.ref(region.getFirstRow(), region.getFirstColumn()), FormErrorCode.MERGED_CELL,
                    "不合并", range, "单元格" + range + "被合并：表头和填报区域不得合并单元格。"));
        }
    }

    private void hiddenRows(FormLayout layout) {
        for (int r = layout.headerRow(); r < layout.dataEnd(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getZeroHeight()) {
                errors.add(FormError.of(Cells.ref(r, 0), FormErrorCode.HIDDEN_ROW, "显示", "隐藏",
                        "第" + (r + 1) + "行被隐藏：不得隐藏行。"));
            }
        }
    }

    private void hiddenColumns(int headerRow) {
        for (FormColumn column : FormColumn.values()) {
            if (sheet.isColumnHidden(column.index())) {
                errors.add(FormError.of(column.cell(headerRow), FormErrorCode.HIDDEN_COLUMN, "显示", "隐藏",
                        Cells.column(column.index()) + "列（" + column.title() + "）被隐藏：不得隐藏列。"));
            }
        }
    }

    private Cell cell(int rowIndex, int columnIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null ? null : row.getCell(columnIndex);
    }
}
