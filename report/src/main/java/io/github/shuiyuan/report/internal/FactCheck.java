package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.internal.FilledForm.FilledRow;
import io.github.shuiyuan.rules.ProblemView;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a form's rows with the case file as of D (note 4: 本表相关信息务必与附表1保持一致), through the
 * assessment's per-problem views: the set of rows is exactly the unit's problems rectified on or before D, and
 * each row states the problem's completion date ({@link CompletionDate}), latest look-back
 * ({@link LookBackFacts}), 是否完成整治 and leading close-out claim as the case file bears them out. Facts, not
 * wording: white space, full- or half-width punctuation and added remarks are free.
 */
final class FactCheck {

    private final MasterList master;
    private final String unitId;
    private final LocalDate asOf;
    private final Map<Integer, ProblemView> listed = new LinkedHashMap<>();
    private final List<FormError> errors;

    /**
     * @param unitId the filing unit
     * @param asOf   D
     * @param listed the views of the rows the form must hold, in serial order ({@link FormContent#listed})
     */
    FactCheck(MasterList master, String unitId, LocalDate asOf, List<ProblemView> listed, List<FormError> errors) {
        this.master = master;
        this.unitId = unitId;
        this.asOf = asOf;
        listed.forEach(v -> this.listed.putIfAbsent(v.serialNo(), v));
        this.errors = errors;
    }

    /** Checks every row (the first of a repeated serial), then names the rows that are missing. */
    void check(List<FilledRow> rows) {
        Set<Integer> seen = new HashSet<>();
        for (FilledRow row : rows) {
            int serial = row.content().serialNo();
            if (seen.add(serial)) {
                check(row, serial);
            }
        }
        listed.values().stream().filter(v -> !seen.contains(v.serialNo())).forEach(v -> missing(v, rows));
    }

    private void check(FilledRow row, int serial) {
        Optional<Problem> problem = master.problem(serial);
        if (problem.isEmpty() || !unitId.equals(problem.get().responsibleUnitId())) {
            return;   // SERIAL_UNKNOWN or SERIAL_OTHER_UNIT, told by RowCheck
        }
        ProblemView view = listed.get(serial);
        if (view == null) {
            unexpected(row.rowIndex(), problem.get());
            return;
        }
        LookBackRow content = row.content();
        CompletionDate.check(row.rowIndex(), serial, view.rectifiedOn(), content.rectification(), errors);
        new LookBackFacts(asOf, errors).check(row.rowIndex(), view, content.lookBack());
        if (row.doneRead()) {
            done(row.rowIndex(), view, content.done());
        }
        claim(row.rowIndex(), view, content.remark());
    }

    private void unexpected(int r, Problem problem) {
        String why = problem.rectifiedOn() == null ? "案卷中没有整改完成日期"
                : "案卷记录的整改完成日期" + ChineseDates.format(problem.rectifiedOn()) + "晚于核对日期";
        errors.add(FormError.of(FormColumn.SERIAL.cell(r), FormErrorCode.ROW_UNEXPECTED, "截至" + day() + "已整改的问题",
                "问题序号" + problem.serialNo(), "第" + (r + 1) + "行的问题序号" + problem.serialNo() + "截至" + day() + "尚未整改（"
                        + why + "）：本表只列已整改的问题。"));
    }

    private void missing(ProblemView view, List<FilledRow> rows) {
        int at = rows.stream().filter(r -> r.content().serialNo() > view.serialNo()).mapToInt(FilledRow::rowIndex)
                .min().orElse(rows.stream().mapToInt(FilledRow::rowIndex).max().orElse(LookBackTemplate.FIRST_DATA_ROW - 1) + 1);
        String what = master.problem(view.serialNo()).map(Problem::description).map(Texts::abbreviate).orElse("");
        String failed = view.latestLookBack() != null && view.latestLookBack().outcome().isFailure()
                ? "，" + ChineseDates.format(view.latestLookBack().date()) + "回头看发现" + view.latestLookBack().outcome().label()
                : "";
        errors.add(FormError.of(FormColumn.SERIAL.cell(at), FormErrorCode.ROW_MISSING, "问题序号" + view.serialNo(), "（缺行）",
                "表中缺少问题序号" + view.serialNo() + (what.isEmpty() ? "" : "（" + what + "）") + "：案卷记录其于"
                        + ChineseDates.format(view.rectifiedOn()) + "整改" + failed + "，截至" + day() + "须列入本表。"));
    }

    private void done(int r, ProblemView view, boolean found) {
        if (found == view.done()) {
            return;
        }
        String expected = view.done() ? LookBackTemplate.YES : LookBackTemplate.NO;
        String because = view.done() ? "案卷记录其已整改且未发现反弹"
                : view.latestLookBack() != null && view.latestLookBack().outcome().isFailure()
                ? ChineseDates.format(view.latestLookBack().date()) + "回头看发现" + view.latestLookBack().outcome().label()
                : "案卷记录其截至" + day() + "尚未整改完成";
        errors.add(FormError.of(FormColumn.DONE.cell(r), FormErrorCode.DONE_MISMATCH, expected,
                found ? LookBackTemplate.YES : LookBackTemplate.NO, "第" + (r + 1) + "行问题序号" + view.serialNo() + "：" + because
                        + "，是否完成整治应为“" + expected + "”，表中为“" + (found ? LookBackTemplate.YES : LookBackTemplate.NO) + "”。"));
    }

    private void claim(int r, ProblemView view, String remark) {
        CloseOutClaim expected = CloseOutClaim.of(view);
        Optional<CloseOutClaim> found = CloseOutClaim.leading(remark);
        if (found.equals(Optional.of(expected)) || expected.kind() == CloseOutClaim.Kind.NONE && found.isEmpty()) {
            return;
        }
        String wanted = expected.kind() == CloseOutClaim.Kind.NONE ? "（不写销号情况）" : expected.phrase();
        String why = switch (expected.kind()) {
            case CLOSED -> "案卷记录其于" + ChineseDates.format(expected.closedOn()) + "销号";
            case IRREGULARLY_CLOSED -> "案卷记录其于" + ChineseDates.format(expected.closedOn()) + "销号，但不具备销号条件（"
                    + view.unmetInWords() + "），属违规销号";
            case CLOSABLE -> "案卷记录其已整改、具备销号条件，尚未销号";
            case NOT_ELIGIBLE -> "案卷记录其尚未销号，且不具备销号条件（" + view.unmetInWords() + "）";
            case NONE -> "案卷记录其截至" + day() + "尚未整改";
        };
        String said = found.map(CloseOutClaim::phrase).orElse(Texts.abbreviate(Texts.strip(remark)));
        errors.add(FormError.of(FormColumn.REMARK.cell(r), FormErrorCode.CLOSE_OUT_CLAIM, wanted, said,
                "第" + (r + 1) + "行问题序号" + view.serialNo() + why + "，备注应以“" + wanted + "”开头，表中为"
                        + Texts.quoted(said) + "。"));
    }

    private String day() {
        return ChineseDates.format(asOf);
    }
}
