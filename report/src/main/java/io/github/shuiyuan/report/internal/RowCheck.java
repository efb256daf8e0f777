package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.internal.FilledForm.FilledRow;
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
 * serial exists, belongs to the filing unit, and its 所在地 and 水源地名称 match. Where the master list's own
 * 所在地 breaks the XX市XX县 form, a faithful copy and the jurisdiction's own {@code 南通市崇川区} both pass, with
 * a warning for the district to correct its case file. The row's facts are {@link FactCheck}'s.
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

    /** The row as read when its serial could be read; its errors are reported either way. */
    Optional<FilledRow> check(Row row) {
        int r = row.getRowNum();
        Optional<Integer> serial = serial(row.getCell(FormColumn.SERIAL.index()), r);
        String location = text(row, FormColumn.LOCATION);
        String sourceName = text(row, FormColumn.SOURCE_NAME);
        Optional<Problem> problem = serial.flatMap(master::problem);
        location(r, location, problem);
        Optional<Boolean> done = done(r, text(row, FormColumn.DONE));
        serial.ifPresent(s -> againstMaster(r, s, location, sourceName));
        return serial.map(s -> new FilledRow(r, new LookBackRow(s, location, sourceName,
                rawText(row, FormColumn.RECTIFICATION), rawText(row, FormColumn.LOOK_BACK), done.orElse(false),
                rawText(row, FormColumn.REMARK)), done.isPresent()));
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

    /** The form of 所在地: not judged on a faithful copy of the master list's own value (that is the district's). */
    private void location(int r, String location, Optional<Problem> problem) {
        boolean copied = problem.map(p -> FactText.same(p.location(), location)).orElse(false);
        if (!copied && !LocationFormat.isValid(FactText.canonical(location))) {
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
        location(r, serial, problem, location);
        String expectedSource = master.sourceName(problem);
        if (!FactText.same(expectedSource, sourceName)) {
            errors.add(FormError.of(FormColumn.SOURCE_NAME.cell(r), FormErrorCode.SOURCE_NAME_MISMATCH, expectedSource,
                    sourceName, "第" + (r + 1) + "行问题序号" + serial + "的水源地名称应为“" + expectedSource + "”（附表1），表中为"
                            + Texts.quoted(sourceName) + "。"));
        }
    }

    private void location(int r, int serial, Problem problem, String location) {
        String expected = problem.location() == null ? "" : problem.location();
        boolean caseFileWrong = !LocationFormat.isValid(FactText.canonical(expected));
        String jurisdiction = master.jurisdictionLocation();
        boolean accepted = FactText.same(expected, location)
                || caseFileWrong && !jurisdiction.isEmpty() && FactText.same(jurisdiction, location);
        String cell = FormColumn.LOCATION.cell(r);
        if (!accepted) {
            String wanted = caseFileWrong && !jurisdiction.isEmpty() ? expected + "”或“" + jurisdiction : expected;
            errors.add(FormError.of(cell, FormErrorCode.LOCATION_MISMATCH, wanted, location, "第" + (r + 1) + "行问题序号"
                    + serial + "的所在地应为“" + wanted + "”（附表1），表中为" + Texts.quoted(location) + "。"));
        }
        if (caseFileWrong) {
            errors.add(FormError.of(cell, FormErrorCode.CASE_FILE_LOCATION_FORMAT, LocationFormat.form(), expected,
                    "附表1中问题序号" + serial + "的所在地" + Texts.quoted(expected) + "不符合“" + LocationFormat.form()
                            + "”样式，请区里更正案卷" + (jurisdiction.isEmpty() ? "" : "（如“" + jurisdiction + "”）")
                            + "；表中照抄附表1" + (jurisdiction.isEmpty() ? "" : "或填写“" + jurisdiction + "”") + "均可。"));
        }
    }

    private static String text(Row row, FormColumn column) {
        return Texts.strip(Cells.read(row.getCell(column.index())));
    }

    private static String rawText(Row row, FormColumn column) {
        return Cells.read(row.getCell(column.index()));
    }
}
