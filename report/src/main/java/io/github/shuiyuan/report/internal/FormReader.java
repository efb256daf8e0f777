package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.internal.FilledForm.FilledRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a filled-in look-back form from its sheet, reporting every deviation from {@link LookBackTemplate}
 * and from the master list: layout first ({@link LayoutCheck}), then the unit and date, then each data row
 * ({@link RowCheck}).
 */
final class FormReader {

    /** How many unit names an unknown 填报单位 is told it could have meant. */
    private static final int UNIT_SUGGESTIONS = 5;

    private final Sheet sheet;
    private final MasterList master;
    private final List<FormError> errors;

    FormReader(Sheet sheet, CaseFile master, List<FormError> errors) {
        this.sheet = sheet;
        this.master = new MasterList(master);
        this.errors = errors;
    }

    /** The form's content, or empty when its header row cannot be found. */
    Optional<FilledForm> read() {
        Optional<FormLayout> found = new LayoutCheck(sheet, errors).check();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FormLayout layout = found.get();
        String unitName = layout.metaRow() < 0 ? "" : Texts.afterLabel(text(layout.metaRow(), 0), LookBackTemplate.UNIT_KEY);
        Unit unit = unit(layout.metaRow(), unitName);
        LocalDate filledOn = filledOn(layout.metaRow());
        RowCheck rows = new RowCheck(master, unit, errors);
        List<FilledRow> content = new ArrayList<>();
        for (int r = layout.headerRow() + 1; r < layout.dataEnd(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !isBlank(row)) {
                rows.check(row).ifPresent(content::add);
            }
        }
        String filledBy = "";
        String contact = "";
        if (layout.signatureRow() >= 0) {
            filledBy = Texts.afterLabel(text(layout.signatureRow(), 0), "填表人");
            contact = Texts.afterLabel(text(layout.signatureRow(), LookBackTemplate.LEFT_HALF_END + 1), "联系方式");
        }
        return Optional.of(new FilledForm(unit == null ? null : unit.id(), unitName, filledOn, filledBy, contact, content));
    }

    private Unit unit(int metaRow, String unitName) {
        Optional<Unit> unit = master.unitNamed(unitName);
        if (unit.isEmpty()) {
            int row = Math.max(metaRow, 0);
            List<String> like = master.unitNamesLike(unitName, UNIT_SUGGESTIONS);
            errors.add(FormError.of(Cells.ref(row, 0), FormErrorCode.UNIT_UNKNOWN, String.join("、", like),
                    Texts.abbreviate(unitName), "填报单位" + Texts.quoted(Texts.abbreviate(unitName))
                            + "不是案卷中的单位，无法核对问题归属" + (like.isEmpty() ? "。" : "；可能是：" + String.join("、", like) + "。")));
        }
        return unit.orElse(null);
    }

    /**
     * 填报时间 in any accepted spelling, or a real date cell; null when missing, not a date
     * ({@code FILLED_ON_FORMAT}) or no real day ({@code FILLED_ON_OUTSIDE_PERIOD}).
     */
    private LocalDate filledOn(int metaRow) {
        if (metaRow < 0) {
            return null;
        }
        int column = LookBackTemplate.LEFT_HALF_END + 1;
        String ref = Cells.ref(metaRow, column);
        String text = Texts.afterLabel(text(metaRow, column), LookBackTemplate.DATE_KEY);
        Optional<ChineseDates.Reading> reading = ChineseDates.read(text);
        if (reading.isEmpty()) {
            errors.add(FormError.of(ref, FormErrorCode.FILLED_ON_FORMAT, "2018年6月20日", Texts.abbreviate(text),
                    (text.isEmpty() ? "未填写填报时间" : "填报时间" + Texts.quoted(Texts.abbreviate(text)) + "不是日期")
                            + "：请按“2018年6月20日”样式填写（也可写作2018.6.20、2018/6/20、2018-06-20）。"));
            return null;
        }
        if (reading.get().date().isEmpty()) {
            errors.add(FormError.of(ref, FormErrorCode.FILLED_ON_OUTSIDE_PERIOD, "报告期当月或次月的日期", text,
                    "填报时间“" + text + "”不是真实存在的日期。"));
            return null;
        }
        return reading.get().date().get();
    }

    private static boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (Cells.isFormula(cell) || !Texts.isBlank(Cells.read(cell))) {
                return false;
            }
        }
        return true;
    }

    private String text(int rowIndex, int columnIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null ? "" : Cells.read(row.getCell(columnIndex));
    }
}
