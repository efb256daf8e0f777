package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.io.FileRefusedException;
import io.github.shuiyuan.report.Consolidation;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.ReadLimits;
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
 * Merges checked sub-district forms into one district workbook: a summary sheet (汇总: per unit the rows,
 * 是 and 否), then each accepted form again as its unit's sheet. Only forms that pass every check are taken,
 * and one per unit; the others are refused with their errors.
 */
public final class Consolidator {

    /** The summary sheet's name. */
    public static final String SUMMARY_SHEET = "汇总";

    private record Taken(String file, FilledForm form) {
    }

    private final CaseFile master;
    private final ReadLimits limits;
    private final List<Taken> taken = new ArrayList<>();
    private final List<Consolidation.Refused> refused = new ArrayList<>();

    private Consolidator(CaseFile master, ReadLimits limits) {
        this.master = master;
        this.limits = limits;
    }

    /** Checks each form, writes the district workbook of those that pass to {@code out}, and says which were refused. */
    public static Consolidation consolidate(List<Path> forms, CaseFile master, ReadLimits limits, OutputStream out)
            throws IOException {
        Consolidator consolidator = new Consolidator(master, limits);
        forms.forEach(consolidator::take);
        consolidator.taken.sort(consolidator.unitOrder());
        consolidator.write(out);
        return new Consolidation(consolidator.taken.stream().map(Consolidator::accepted).toList(), consolidator.refused);
    }

    private void take(Path file) {
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
        taken.add(new Taken(file.toString(), form));
    }

    private FormCheck.Outcome check(Path file) {
        try {
            return FormCheck.check(file, master, limits);
        } catch (IOException e) {
            return FormCheck.refused(new RefusedFile(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET,
                    "可读取的文件", "无法读取", e instanceof FileRefusedException ? e.getMessage()
                    : "文件" + file + "无法读取（" + e.getClass().getSimpleName() + "）。")));
        }
    }

    private Comparator<Taken> unitOrder() {
        Map<String, Integer> order = new HashMap<>();
        List<Unit> units = master.units();
        for (int i = 0; i < units.size(); i++) {
            order.put(units.get(i).id(), i);
        }
        return Comparator.comparing((Taken t) -> order.getOrDefault(t.form().unitId(), Integer.MAX_VALUE))
                .thenComparing(Taken::file);
    }

    private void write(OutputStream out) throws IOException {
        LocalDate latest = taken.stream().map(t -> t.form().filledOn()).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        Workbook workbook = Workbooks.create(FormFormat.XLSX, latest);
        StyleBook styles = new StyleBook(workbook);
        List<Taken> rows = new ArrayList<>(taken);
        List<Column<Taken>> columns = List.of(
                Column.text("填报单位", 20, t -> t.form().unitName()),
                Column.centred("填报时间", 16, t -> ChineseDates.format(t.form().filledOn())),
                Column.centred("问题数", 10, t -> t.form().rows().size()),
                Column.centred("已完成整治（是）", 16, t -> t.form().doneCount()),
                Column.centred("未完成整治（否）", 16, t -> t.form().rows().size() - t.form().doneCount()),
                Column.text("来源文件", 40, t -> Path.of(t.file()).getFileName().toString()));
        TableWriter.write(workbook.createSheet(SUMMARY_SHEET), styles, columns, rows);
        for (Taken t : taken) {
            FormWriter.write(workbook.createSheet(WorkbookUtil.createSafeSheetName(t.form().unitName())), styles,
                    t.form().toSheet());
        }
        Workbooks.save(workbook, out);
    }

    private static Consolidation.Accepted accepted(Taken t) {
        int rows = t.form().rows().size();
        return new Consolidation.Accepted(t.file(), t.form().unitName(), rows, t.form().doneCount(),
                rows - t.form().doneCount());
    }
}
