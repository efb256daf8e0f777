package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.io.FileRefusedException;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.report.Consolidation;
import io.github.shuiyuan.report.Consolidation.Totals;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.ReadLimits;
import io.github.shuiyuan.rules.ProblemView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Merges checked sub-district forms into one district workbook: a summary sheet (汇总: per unit its dates and
 * the totals of its checked facts, then a 合计 line), then each accepted form again as its unit's sheet. Only
 * forms that pass every check are taken, and one per unit; the others are refused with their errors. When
 * every form is refused nothing is written.
 */
public final class Consolidator {

    /** The summary sheet's name. */
    public static final String SUMMARY_SHEET = "汇总";

    private record Taken(String file, FilledForm form, LocalDate comparedOn, Totals totals, List<FormError> warnings) {
    }

    /** One line of the summary sheet: a unit's form, or the 合计 over all of them. */
    private record Line(String unit, String filledOn, String comparedOn, Totals totals, String file) {
    }

    private final FormCheck.Against against;
    private final ReadLimits limits;
    private final List<Taken> taken = new ArrayList<>();
    private final List<Consolidation.Refused> refused = new ArrayList<>();

    private Consolidator(FormCheck.Against against, ReadLimits limits) {
        this.against = against;
        this.limits = limits;
    }

    /**
     * Checks each form and, when at least one passes, writes the district workbook of those that pass to
     * {@code out}; says which were taken and which refused.
     */
    public static Consolidation consolidate(List<Path> forms, FormCheck.Against against, ReadLimits limits,
                                            OutputStream out) throws IOException, InvalidCaseFileException {
        Consolidator consolidator = new Consolidator(against, limits);
        for (Path form : forms) {
            consolidator.take(form);
        }
        consolidator.taken.sort(consolidator.unitOrder());
        if (!consolidator.taken.isEmpty()) {
            consolidator.write(out);
        }
        return new Consolidation(consolidator.taken.stream().map(Consolidator::accepted).toList(), consolidator.refused);
    }

    private void take(Path file) throws InvalidCaseFileException {
        FormCheck.Outcome outcome = check(file);
        if (!outcome.passed()) {
            refused.add(new Consolidation.Refused(file.toString(), outcome.errors()));
            return;
        }
        FilledForm form = outcome.form().orElseThrow();
        for (Taken earlier : taken) {
            if (earlier.form().unitId().equals(form.unitId())) {
                refused.add(new Consolidation.Refused(file.toString(), List.of(FormError.of(null,
                        FormErrorCode.DUPLICATE_UNIT, "每个单位一份表格", form.unitName(),
                        form.unitName() + "的表格已从" + earlier.file() + "收录，本文件不再重复收录。"))));
                return;
            }
        }
        taken.add(new Taken(file.toString(), form, outcome.comparedOn(), totals(outcome.facts()), outcome.warnings()));
    }

    private FormCheck.Outcome check(Path file) throws InvalidCaseFileException {
        try {
            return FormCheck.check(file, against, limits);
        } catch (IOException e) {
            return FormCheck.refused(new RefusedFile(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET,
                    "可读取的文件", "无法读取", e instanceof FileRefusedException ? e.getMessage()
                    : "文件" + file + "无法读取（" + e.getClass().getSimpleName() + "）。")));
        }
    }

    /** The totals of the checked facts: the views of the rows the form had to hold, as of D. */
    static Totals totals(List<ProblemView> facts) {
        int done = 0;
        int failed = 0;
        int closed = 0;
        int irregular = 0;
        int closable = 0;
        int notEligible = 0;
        for (ProblemView view : facts) {
            done += view.done() ? 1 : 0;
            failed += view.latestLookBack() != null && view.latestLookBack().outcome().isFailure() ? 1 : 0;
            switch (CloseOutClaim.of(view).kind()) {
                case CLOSED -> closed++;
                case IRREGULARLY_CLOSED -> {
                    closed++;
                    irregular++;
                }
                case CLOSABLE -> closable++;
                case NOT_ELIGIBLE -> notEligible++;
                case NONE -> { }
            }
        }
        return new Totals(facts.size(), done, facts.size() - done, failed, closed, irregular, closable, notEligible);
    }

    private Comparator<Taken> unitOrder() {
        Map<String, Integer> order = new HashMap<>();
        List<Unit> units = against.caseFile().units();
        for (int i = 0; i < units.size(); i++) {
            order.put(units.get(i).id(), i);
        }
        return Comparator.comparing((Taken t) -> order.getOrDefault(t.form().unitId(), Integer.MAX_VALUE))
                .thenComparing(Taken::file);
    }

    private void write(OutputStream out) throws IOException {
        LocalDate latest = taken.stream().map(Taken::comparedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        Workbook workbook = Workbooks.create(FormFormat.XLSX, latest);
        StyleBook styles = new StyleBook(workbook);
        List<Line> lines = new ArrayList<>();
        for (Taken t : taken) {
            lines.add(new Line(t.form().unitName(), ChineseDates.format(t.form().filledOn()),
                    ChineseDates.format(t.comparedOn()), t.totals(), Path.of(t.file()).getFileName().toString()));
        }
        lines.add(new Line("合计", "", "", taken.stream().map(Taken::totals).reduce(Totals::plus).orElseThrow(), ""));
        List<Column<Line>> columns = List.of(
                Column.text("填报单位", 20, Line::unit),
                Column.centred("填报时间", 16, Line::filledOn),
                Column.centred("核对日期", 16, Line::comparedOn),
                Column.centred("问题数", 10, l -> l.totals().rows()),
                Column.centred("已完成整治（是）", 16, l -> l.totals().done()),
                Column.centred("未完成整治（否）", 16, l -> l.totals().notDone()),
                Column.centred("回头看发现反弹或未整改到位", 16, l -> l.totals().lookBackFailed()),
                Column.centred("已销号", 10, l -> l.totals().closed()),
                Column.centred("其中违规销号", 14, l -> l.totals().irregularlyClosed()),
                Column.centred("可销号", 10, l -> l.totals().closable()),
                Column.centred("尚不具备销号条件", 16, l -> l.totals().notEligible()),
                Column.text("来源文件", 40, Line::file));
        TableWriter.write(workbook.createSheet(SUMMARY_SHEET), styles, columns, lines);
        for (Taken t : taken) {
            FormWriter.write(workbook.createSheet(WorkbookUtil.createSafeSheetName(t.form().unitName())), styles,
                    t.form().toSheet());
        }
        Workbooks.save(workbook, out);
    }

    private static Consolidation.Accepted accepted(Taken t) {
        return new Consolidation.Accepted(t.file(), t.form().unitName(), t.form().filledOn(), t.comparedOn(), t.totals(),
                t.warnings());
    }
}
