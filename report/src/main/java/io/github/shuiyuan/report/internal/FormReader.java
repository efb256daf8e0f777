package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.LookBackRow;
import java.time.DateTimeException;
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
        String unitName = layout.metaRow() < 0 ? "" : Texts.afterLabel(text(layout.metaRow(), 0), "填报单位");
        Unit unit = unit(layout.metaRow(), unitName);
        LocalDate filledOn = filledOn(layout.metaRow());
        RowCheck rows = new RowCheck(master, unit, errors);
        List<LookBackRow> content = new ArrayList<>();
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
            errors.add(FormError.of(Cells.ref(row, 0), FormErrorCode.UNIT_UNKNOWN, "附表1所列单位的名称", unitName,
                    "填报单位" + Texts.quoted(unitName) + "不是案卷中的单位，无法核对问题归属。"));
        }
        return unit.orElse(null);
    }

    private LocalDate filledOn(int metaRow) {
        if (metaRow < 0) {
            return null;
        }
        int column = LookBackTemplate.LEFT_HALF_END + 1;
        String text = Texts.afterLabel(text(metaRow, column), "填报时间");
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = ChineseDates.parse(text).or(() -> iso(text));
        if (date.isEmpty()) {
            errors.add(FormError.of(Cells.ref(metaRow, column), FormErrorCode.FILLED_ON_FORMAT, "2018年6月20日", text,
                    "填报时间“" + text + "”不是“2018年6月20日”样式的日期。"));
        }
        return date.orElse(null);
    }

    private static Optional<LocalDate> iso(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
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
