package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.core.LocationFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Checks the data rows of a filled-in form one by one (notes 2–4): serial present, an integer, unique and
 * ascending; 所在地 in the XX市XX县 form; 是否完成整治 exactly 是 or 否; and against the master list the
 * serial exists, belongs to the filing unit, and its 所在地 and 水源地名称 match.
 */
final class RowCheck {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private final MasterList master;
    private final Unit unit;
    private final List<FormError> errors;
    private final Set<Integer> seen = new HashSet<>();
    private int previousSerial = Integer.MIN_VALUE;

    /** @param unit the filing unit, or null when the form names none the master list knows */
    RowCheck(MasterList master, Unit unit, List<FormError> errors) {
        this.master = master;
        this.unit = unit;
        this.errors = errors;
    }

    /** The row's content when its serial and 是/否 could be read; its errors are reported either way. */
    Optional<LookBackRow> check(Row row) {
        int r = row.getRowNum();
        formulas(row);
        Optional<Integer> serial = serial(row.getCell(FormColumn.SERIAL.index()), r);
        String location = text(row, FormColumn.LOCATION);
        String sourceName = text(row, FormColumn.SOURCE_NAME);
        location(r, location);
        Optional<Boolean> done = done(r, text(row, FormColumn.DONE));
        serial.ifPresent(s -> againstMaster(r, s, location, sourceName));
        if (serial.isEmpty() || done.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LookBackRow(serial.get(), location, sourceName, rawText(row, FormColumn.RECTIFICATION),
                rawText(row, FormColumn.LOOK_BACK), done.get(), rawText(row, FormColumn.REMARK)));
    }

    private void formulas(Row row) {
        for (Cell cell : row) {
            if (Cells.isFormula(cell)) {
                String ref = Cells.ref(row.getRowNum(), cell.getColumnIndex());
                String formula = "=" + cell.getCellFormula();
                errors.add(FormError.of(ref, FormErrorCode.FORMULA, "直接填写的内容", formula,
                        "单元格" + ref + "是公式" + formula + "（不计算，按其缓存值" + Texts.quoted(Cells.read(cell))
                                + "核对）：统计表须直接填写内容。"));
            }
        }
    }

    private Optional<Integer> serial(Cell cell, int r) {
        String ref = FormColumn.SERIAL.cell(r);
        String text = Texts.strip(Cells.read(cell));
        if (text.isEmpty()) {
            errors.add(FormError.of(ref, FormErrorCode.SERIAL_MISSING, "附表1中的问题序号", "",
                    "第" + (r + 1) + "行未填写问题序号。"));
            return Optional.empty();
        }
        Optional<Integer> serial = integer(cell, text);
        if (serial.isEmpty()) {
            errors.add(FormError.of(ref, FormErrorCode.SERIAL_NOT_INTEGER, "整数", text,
                    "第" + (r + 1) + "行的问题序号“" + text + "”不是整数。"));
            return Optional.empty();
        }
        int s = serial.get();
        if (!seen.add(s)) {
            errors.add(FormError.of(ref, FormErrorCode.SERIAL_DUPLICATE, "不重复的序号", text,
                    "第" + (r + 1) + "行的问题序号" + s + "在表中重复出现。"));
        } else if (s < previousSerial) {
            errors.add(FormError.of(ref, FormErrorCode.SERIAL_ORDER, "大于" + previousSerial + "的序号", text,
                    "第" + (r + 1) + "行的问题序号" + s + "排在序号" + previousSerial + "之后：问题序号须从小到大排列。"));
        }
        previousSerial = Math.max(previousSerial, s);
        return serial;
    }

    private static Optional<Integer> integer(Cell cell, String text) {
        if (Cells.isNumeric(cell)) {
            double value = cell.getNumericCellValue();
            boolean whole = value == Math.rint(value) && value >= 0 && value <= Integer.MAX_VALUE;
            return whole ? Optional.of((int) value) : Optional.empty();
        }
        return DIGITS.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    private void location(int r, String location) {
        if (!LocationFormat.isValid(location)) {
            errors.add(FormError.of(FormColumn.LOCATION.cell(r), FormErrorCode.LOCATION_FORMAT, "XX市XX县（如南通市崇川区）",
                    location, "第" + (r + 1) + "行的所在地" + Texts.quoted(location)
                            + "不符合“XX市XX县”样式（地级市、自治州、地区或盟，再接县、区、县级市或旗，不写省）。"));
        }
    }

    private Optional<Boolean> done(int r, String text) {
        if (LookBackTemplate.YES.equals(text)) {
            return Optional.of(true);
        }
        if (LookBackTemplate.NO.equals(text)) {
            return Optional.of(false);
        }
        errors.add(FormError.of(FormColumn.DONE.cell(r), FormErrorCode.DONE_NOT_YES_NO, "是或否", text,
                "第" + (r + 1) + "行的是否完成整治填写为" + Texts.quoted(text) + "，只能填“是”或“否”。"));
        return Optional.empty();
    }

    private void againstMaster(int r, int serial, String location, String sourceName) {
        Optional<Problem> found = master.problem(serial);
        if (found.isEmpty()) {
            errors.add(FormError.of(FormColumn.SERIAL.cell(r), FormErrorCode.SERIAL_UNKNOWN, "附表1中的问题序号",
                    String.valueOf(serial), "第" + (r + 1) + "行的问题序号" + serial + "不在附表1（问题清单）中。"));
            return;
        }
        Problem problem = found.get();
        if (unit != null && !unit.id().equals(problem.responsibleUnitId())) {
            errors.add(FormError.of(FormColumn.SERIAL.cell(r), FormErrorCode.SERIAL_OTHER_UNIT, unit.name(),
                    master.unitName(problem.responsibleUnitId()), "第" + (r + 1) + "行的问题序号" + serial + "由"
                            + master.unitName(problem.responsibleUnitId()) + "负责，不属于填报单位" + unit.name() + "。"));
        }
        String expectedLocation = problem.location() == null ? "" : problem.location();
        if (!expectedLocation.equals(location)) {
            errors.add(FormError.of(FormColumn.LOCATION.cell(r), FormErrorCode.LOCATION_MISMATCH, expectedLocation,
                    location, "第" + (r + 1) + "行问题序号" + serial + "的所在地应为“" + expectedLocation + "”（附表1），表中为"
                            + Texts.quoted(location) + "。"));
        }
        String expectedSource = master.sourceName(problem);
        if (!expectedSource.equals(sourceName)) {
            errors.add(FormError.of(FormColumn.SOURCE_NAME.cell(r), FormErrorCode.SOURCE_NAME_MISMATCH, expectedSource,
                    sourceName, "第" + (r + 1) + "行问题序号" + serial + "的水源地名称应为“" + expectedSource + "”（附表1），表中为"
                            + Texts.quoted(sourceName) + "。"));
        }
    }

    private static String text(Row row, FormColumn column) {
        return Texts.strip(Cells.read(row.getCell(column.index())));
    }

    private static String rawText(Row row, FormColumn column) {
        return Cells.read(row.getCell(column.index()));
    }
}
