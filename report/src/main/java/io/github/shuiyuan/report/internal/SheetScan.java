package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The checks that look at every cell, wherever it is: a formula anywhere on the form's sheet (its cached
 * value is never trusted), a cell longer than a spreadsheet cell holds, and any other sheet with content,
 * hidden or very hidden included (a form is one sheet: what else the file carries is not the form).
 */
final class SheetScan {

    private final List<FormError> errors;

    SheetScan(List<FormError> errors) {
        this.errors = errors;
    }

    /** Scans the form, the workbook's first sheet, and every other sheet. */
    void scan(Workbook workbook) {
        for (Row row : workbook.getSheetAt(0)) {
            for (Cell cell : row) {
                formula(cell);
                length(cell);
            }
        }
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            otherSheet(workbook.getSheetAt(i), workbook.getSheetVisibility(i));
        }
    }

    private void formula(Cell cell) {
        if (Cells.isFormula(cell)) {
            String ref = Cells.ref(cell.getRowIndex(), cell.getColumnIndex());
            String formula = "=" + cell.getCellFormula();
            errors.add(FormError.of(ref, FormErrorCode.FORMULA, "直接填写的内容", Texts.abbreviate(formula),
                    "单元格" + ref + "是公式" + Texts.abbreviate(formula) + "（不计算，也不采信其缓存值"
                            + Texts.quoted(Texts.abbreviate(Cells.read(cell))) + "）：统计表须直接填写内容。"));
        }
    }

    private void length(Cell cell) {
        int length = Cells.read(cell).length();
        if (length > Cells.MAX_TEXT) {
            String ref = Cells.ref(cell.getRowIndex(), cell.getColumnIndex());
            errors.add(FormError.of(ref, FormErrorCode.TEXT_TOO_LONG, "不超过" + Cells.MAX_TEXT + "个字符", length + "个字符",
                    "单元格" + ref + "有" + length + "个字符，超过Excel单元格的上限" + Cells.MAX_TEXT
                            + "个字符：这不是在Excel中填写的内容。"));
        }
    }

    private void otherSheet(Sheet sheet, SheetVisibility visibility) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (Cells.isFormula(cell) || !Texts.isBlank(Cells.read(cell))) {
                    String ref = new CellReference(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), false,
                            false).formatAsString();
                    String hidden = switch (visibility) {
                        case VISIBLE -> "";
                        case HIDDEN -> "（隐藏）";
                        case VERY_HIDDEN -> "（深度隐藏，Excel中无法取消隐藏）";
                    };
                    errors.add(FormError.of(ref, FormErrorCode.OTHER_SHEET, "只有统计表一张工作表",
                            "工作表" + Texts.quoted(sheet.getSheetName()) + hidden,
                            "文件中还有工作表" + Texts.quoted(sheet.getSheetName()) + hidden + "，其" + ref
                                    + "有内容：报送的文件只能有统计表一张工作表。"));
                    return;
                }
            }
        }
    }
}
