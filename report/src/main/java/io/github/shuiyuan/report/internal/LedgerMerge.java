package io.github.shuiyuan.report.internal;

import static io.github.shuiyuan.report.internal.LedgerColumn.CATEGORY;
import static io.github.shuiyuan.report.internal.LedgerColumn.DEADLINE;
import static io.github.shuiyuan.report.internal.LedgerColumn.DESCRIPTION;
import static io.github.shuiyuan.report.internal.LedgerColumn.DONE;
import static io.github.shuiyuan.report.internal.LedgerColumn.LOCATION;
import static io.github.shuiyuan.report.internal.LedgerColumn.MEASURES;
import static io.github.shuiyuan.report.internal.LedgerColumn.PROGRESS;
import static io.github.shuiyuan.report.internal.LedgerColumn.PROVINCE;
import static io.github.shuiyuan.report.internal.LedgerColumn.REMARKS;
import static io.github.shuiyuan.report.internal.LedgerColumn.RESULT;
import static io.github.shuiyuan.report.internal.LedgerColumn.SERIAL;
import static io.github.shuiyuan.report.internal.LedgerColumn.SOURCE;
import static io.github.shuiyuan.report.internal.LedgerColumn.SOURCE_LEVEL;
import static io.github.shuiyuan.report.internal.LedgerColumn.ZONE;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.LedgerChange;
import io.github.shuiyuan.report.internal.LedgerTable.Line;
import io.github.shuiyuan.report.internal.LedgerValues.CategoryWord;
import io.github.shuiyuan.report.internal.LedgerValues.Deadline;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ProblemView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Merges the rows of a ledger into a case file, judging every row as of the ledger's date L against the case file
 * and its assessment as of L: rows are matched to problems by 序号 and 水源地名称 together, a blank cell keeps what
 * is recorded, a text equal to the recorded one once scrubbed of personal data is no change, and nothing the
 * ledger says may rewrite recorded history (a rectification date, a deadline, a look-back's verdict).
 */
final class LedgerMerge {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The merged problems and sources, and what each row does; meaningful only when no error was recorded. */
    record Merged(List<Problem> problems, List<WaterSource> sources, List<LedgerChange> changes) {
    }

    private final CaseFile file;
    private final Assessment assessment;
    private final LocalDate asOf;
    private final List<FormError> errors;
    private final LedgerValues values;
    private final PersonalData text;
    private final Map<Integer, Problem> bySerial = new HashMap<>();
    private final Map<String, WaterSource> sourceByName = new LinkedHashMap<>();
    private final Map<String, AdminLevel> sourceLevels = new HashMap<>();
    private final Map<String, Problem> updated = new HashMap<>();
    private final List<Problem> added = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<Integer> serials = new HashSet<>();
    private final List<LedgerChange> changes = new ArrayList<>();
    /** The source level the current row fills in where the case file has none, to be told with the row. */
    private AdminLevel levelFilled;

    private LedgerMerge(CaseFile file, Assessment assessment, List<FormError> errors) {
        this.file = file;
        this.assessment = assessment;
        this.asOf = assessment.asOf();
        this.errors = errors;
        this.values = new LedgerValues(errors);
        this.text = PersonalData.of(file);
        file.problems().forEach(p -> bySerial.putIfAbsent(p.serialNo(), p));
        file.problems().forEach(p -> ids.add(p.id()));
        file.waterSources().forEach(s -> sourceByName.putIfAbsent(s.name(), s));
    }

    /** Merges {@code lines} into {@code file} as of the assessment's date, recording every error in {@code errors}. */
    static Merged merge(CaseFile file, Assessment assessment, List<Line> lines, List<FormError> errors) {
        LedgerMerge merge = new LedgerMerge(file, assessment, errors);
        lines.forEach(merge::line);
        return merge.result();
    }

    private void line(Line line) {
        Optional<Integer> serial = values.serial(line.cell(SERIAL));
        if (serial.isEmpty()) {
            if (line.cell(SERIAL).isBlank()) {
                error(line.cell(SERIAL), FormErrorCode.SERIAL_MISSING, "序号", "", "第" + line.rowNumber() + "行有内容但没有序号。");
            }
            return;
        }
        if (!serials.add(serial.get())) {
            error(line.cell(SERIAL), FormErrorCode.SERIAL_DUPLICATE, "不重复的序号", String.valueOf(serial.get()),
                    "序号" + serial.get() + "在台账中出现了不止一次。");
            return;
        }
        checkProvince(line);
        levelFilled = null;
        Optional<WaterSource> source = source(line);
        Problem recorded = bySerial.get(serial.get());
        if (recorded == null) {
            add(line, serial.get(), source.orElse(null));
        } else if (source.isPresent() && !source.get().id().equals(recorded.waterSourceId())) {
            String recordedName = file.waterSource(recorded.waterSourceId()).map(WaterSource::name).orElse(recorded.waterSourceId());
            error(line.cell(SOURCE), FormErrorCode.LEDGER_SERIAL_SOURCE, recordedName, line.cell(SOURCE).stripped(),
                    "序号" + serial.get() + "（" + line.cell(SERIAL).ref() + "）在案卷中是“" + recordedName + "”的问题，台账的水源地名称（"
                            + line.cell(SOURCE).ref() + "）却是“" + line.cell(SOURCE).stripped() + "”；序号和水源地名称须指向同一问题。");
        } else {
            update(line, recorded, source.orElse(null));
        }
    }

    private void checkProvince(Line line) {
        LedgerCell cell = line.cell(PROVINCE);
        String code = file.jurisdiction().code();
        Optional<String> province = Provinces.of(code);
        if (!cell.isBlank() && province.isPresent() && !Provinces.isProvinceOf(code, cell.stripped())) {
            error(cell, FormErrorCode.PROVINCE_MISMATCH, province.get(), cell.stripped(),
                    "省份应为“" + province.get() + "”（行政区划代码" + code + "），台账填的是“" + cell.stripped() + "”。");
        }
    }

    private Optional<WaterSource> source(Line line) {
        LedgerCell cell = line.cell(SOURCE);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        WaterSource source = sourceByName.get(cell.stripped());
        if (source == null) {
            String names = String.join("、", sourceByName.keySet());
            error(cell, FormErrorCode.SOURCE_UNKNOWN, names, cell.stripped(),
                    "案卷中没有名为“" + cell.stripped() + "”的水源地（案卷中的水源地：" + names + "）。");
            return Optional.empty();
        }
        values.adminLevel(line.cell(SOURCE_LEVEL)).ifPresent(level -> checkLevel(line.cell(SOURCE_LEVEL), source, level));
        return Optional.of(source);
    }

    private void checkLevel(LedgerCell cell, WaterSource source, AdminLevel level) {
        AdminLevel recorded = source.adminLevel() != null ? source.adminLevel() : sourceLevels.get(source.id());
        if (recorded == null) {
            sourceLevels.put(source.id(), level);
            levelFilled = level;
        } else if (recorded != level) {
            error(cell, FormErrorCode.SOURCE_LEVEL_MISMATCH, LedgerColumns.sourceClass(recorded), cell.stripped(),
                    "“" + source.name() + "”的水源地类别在案卷中是" + LedgerColumns.sourceClass(recorded) + "，台账填的是“"
                            + cell.stripped() + "”。");
        }
    }

    private void update(Line line, Problem recorded, WaterSource source) {
        Optional<ProblemView> view = assessment.problem(recorded.id());
        if (view.isEmpty()) {
            error(line.cell(SERIAL), FormErrorCode.PROBLEM_NOT_YET_IDENTIFIED, "台账日期前已发现的问题", recorded.id(),
                    "序号" + recorded.serialNo() + "（" + recorded.id() + "）在案卷中" + ChineseDates.format(recorded.identifiedOn())
                            + "才发现，晚于台账日期" + ChineseDates.format(asOf) + "。");
            return;
        }
        ProblemDraft draft = new ProblemDraft(recorded);
        if (levelFilled != null) {
            draft.changed("水源地类别", null, LedgerColumns.sourceClass(levelFilled));
        }
        fields(line, draft);
        deadline(line.cell(DEADLINE), recorded, draft);
        progress(line, view.get(), draft);
        Problem merged = draft.build();
        if (!merged.equals(recorded)) {
            updated.put(recorded.id(), merged);
        }
        changes.add(new LedgerChange(line.rowNumber(), recorded.serialNo(), recorded.id(),
                draft.changes().isEmpty() ? LedgerChange.Kind.UNCHANGED : LedgerChange.Kind.UPDATED, draft.changes()));
    }

    private void add(Line line, int serial, WaterSource source) {
        ProblemDraft draft = new ProblemDraft();
        draft.id = newId(serial);
        draft.serialNo = serial;
        draft.identifiedOn = asOf;
        draft.status = ProblemStatus.OPEN;
        requireForNew(line.cell(SOURCE), source != null);
        requireForNew(line.cell(ZONE), !line.cell(ZONE).isBlank());
        requireForNew(line.cell(CATEGORY), !line.cell(CATEGORY).isBlank());
        if (source != null) {
            draft.waterSourceId = source.id();
            draft.responsibleUnitId = source.responsibleUnitId();
        }
        fields(line, draft);
        values.deadline(line.cell(DEADLINE)).ifPresent(d -> draft.deadline = d.date());
        Optional<Boolean> done = values.done(line.cell(DONE));
        Optional<BigDecimal> figure = values.progress(line.cell(PROGRESS));
        checkFigure(line, done, figure);
        if (done.orElse(false)) {
            completion(line, null).ifPresent(date -> {
                draft.status = ProblemStatus.RECTIFIED;
                draft.rectifiedOn = date;
                draft.identifiedOn = date.isBefore(asOf) ? date : asOf;
            });
        } else if (figure.isPresent()) {
            draft.progressPercent = figure.get();
            draft.status = figure.get().signum() > 0 ? ProblemStatus.RECTIFYING : ProblemStatus.OPEN;
        }
        ids.add(draft.id);
        added.add(draft.build());
        changes.add(new LedgerChange(line.rowNumber(), serial, draft.id, LedgerChange.Kind.ADDED, List.of()));
    }

    /** 所在地, 保护区类型, 问题类型 and the texts: a blank cell keeps, an equal text (scrubbed or not) is no change. */
    private void fields(Line line, ProblemDraft draft) {
        text(line.cell(LOCATION), draft.location, "所在地", v -> draft.location = v, draft);
        values.zone(line.cell(ZONE)).filter(z -> z != draft.zoneLevel).ifPresent(z -> {
            draft.changed("保护区类型", draft.zoneLevel, z);
            draft.zoneLevel = z;
        });
        Optional<CategoryWord> category = values.category(line.cell(CATEGORY));
        category.filter(c -> c.category() != draft.category).ifPresent(c -> {
            draft.changed("问题类型", draft.category, c.category());
            draft.category = c.category();
        });
        text(line.cell(DESCRIPTION), draft.description, "问题具体情况", v -> draft.description = v, draft);
        category.map(CategoryWord::keptWord).filter(w -> draft.description == null || !draft.description.contains(w))
                .ifPresent(word -> {
                    String description = draft.description == null ? word : word + "：" + draft.description;
                    draft.changed("问题具体情况", draft.description, description);
                    draft.description = description;
                });
        text(line.cell(MEASURES), draft.measures, "具体整治措施", v -> draft.measures = v, draft);
        text(line.cell(RESULT), draft.result, "整治进展情况", v -> draft.result = v, draft);
        String remarks = LedgerValues.remarks(line.cell(REMARKS).text());
        if (remarks != null && !same(remarks, draft.remarks)) {
            draft.changed("备注", draft.remarks, remarks);
            draft.remarks = remarks;
        }
    }

    private void text(LedgerCell cell, String recorded, String field, Consumer<String> set, ProblemDraft draft) {
        if (!cell.isBlank() && !same(cell.stripped(), recorded)) {
            draft.changed(field, recorded, cell.stripped());
            set.accept(cell.stripped());
        }
    }

    private boolean same(String ledger, String recorded) {
        return recorded != null && (ledger.equals(Texts.strip(recorded)) || ledger.equals(Texts.strip(text.scrub(recorded))));
    }

    /** A date equal to the original deadline or to the one in force on L is no change; any other is an error. */
    private void deadline(LedgerCell cell, Problem recorded, ProblemDraft draft) {
        Optional<Deadline> found = values.deadline(cell);
        if (found.isEmpty()) {
            return;
        }
        LocalDate inForce = recorded.effectiveDeadline(asOf);
        if (recorded.deadline() == null && inForce == null) {
            draft.changed("计划完成整治时间", null, found.get().date());
            draft.deadline = found.get().date();
        } else if (!found.get().names(recorded.deadline()) && !found.get().names(inForce)) {
            String expected = ChineseDates.format(recorded.deadline())
                    + (inForce != null && !inForce.equals(recorded.deadline()) ? "或" + ChineseDates.format(inForce) : "");
            error(cell, FormErrorCode.DEADLINE_CHANGED, expected, cell.stripped(), "计划完成整治时间在案卷中是" + expected + "，台账填的是“"
                    + cell.stripped() + "”；台账不能改动整治期限，延期须经批准后录入延期记录。");
        }
    }

    /** 是否完成整治 and 整治进度 against the status as of L. */
    private void progress(Line line, ProblemView view, ProblemDraft draft) {
        Optional<Boolean> done = values.done(line.cell(DONE));
        Optional<BigDecimal> figure = values.progress(line.cell(PROGRESS));
        checkFigure(line, done, figure);
        LedgerCell doneCell = line.cell(DONE);
        if (done.isPresent() && done.get() && !view.rectified()) {
            completion(line, draft.rectifiedOn).ifPresent(date -> {
                draft.changed("状态", draft.status, ProblemStatus.RECTIFIED);
                draft.status = ProblemStatus.RECTIFIED;
                draft.changed("整改完成日期", draft.rectifiedOn, date);
                draft.rectifiedOn = date;
                if (draft.progressPercent != null) {
                    draft.changed("整治进度", draft.progressPercent, null);
                    draft.progressPercent = null;
                }
            });
            return;
        }
        if (done.isPresent() && !done.get() && view.rectified() && !view.unresolved()) {
            error(doneCell, FormErrorCode.NOT_DONE_BUT_RECTIFIED, LookBackTemplate.YES, doneCell.stripped(), "案卷记录该问题已于"
                    + ChineseDates.format(view.rectifiedOn()) + "完成整治，此后的回头看没有发现反弹；台账填“否”不能改写整改记录，"
                    + "如问题反弹或未整改到位，请录入回头看结果。");
            return;
        }
        if (figure.isEmpty() || view.done()) {
            if (figure.isPresent() && done.isEmpty() && figure.get().compareTo(HUNDRED) < 0) {
                error(line.cell(PROGRESS), FormErrorCode.PROGRESS_DONE_MISMATCH, "100", line.cell(PROGRESS).stripped(),
                        "案卷记录该问题截至" + ChineseDates.format(asOf) + "已完成整治，整治进度应为100。");
            }
            return;
        }
        if (figure.get().compareTo(HUNDRED) == 0) {
            if (done.isEmpty()) {
                error(line.cell(PROGRESS), FormErrorCode.PROGRESS_DONE_MISMATCH, "小于100，或填“是”并写明完成日期", "100",
                        "整治进度为100，但是否完成整治未填“是”：完成整治须填“是”并写明完成日期。");
            }
            return;
        }
        if (draft.progressPercent == null || draft.progressPercent.compareTo(figure.get()) != 0) {
            draft.changed("整治进度", draft.progressPercent, figure.get());
            draft.progressPercent = figure.get();
        }
    }

    /** 是 with less than 100, or 否 with 100, contradicts itself. */
    private void checkFigure(Line line, Optional<Boolean> done, Optional<BigDecimal> figure) {
        if (done.isEmpty() || figure.isEmpty()) {
            return;
        }
        boolean full = figure.get().compareTo(HUNDRED) == 0;
        if (done.get() != full) {
            LedgerCell cell = line.cell(PROGRESS);
            error(cell, FormErrorCode.PROGRESS_DONE_MISMATCH, done.get() ? "100" : "小于100", cell.stripped(),
                    "是否完成整治填“" + line.cell(DONE).stripped() + "”，整治进度却是" + figure.get().toPlainString()
                            + "：完成整治的进度为100，未完成的小于100。");
        }
    }

    /**
     * The completion date a 是 needs: written in 整治进展情况 or 备注, on or before L, and not different from a
     * recorded rectification date.
     */
    private Optional<LocalDate> completion(Line line, LocalDate recordedRectifiedOn) {
        LedgerCell cell = line.cell(DONE);
        Optional<LocalDate> date = LedgerValues.completionDate(line.cell(RESULT).text())
                .or(() -> LedgerValues.completionDate(line.cell(REMARKS).text()));
        if (date.isEmpty()) {
            error(cell, FormErrorCode.DONE_WITHOUT_DATE, "完成日期（如“已于2018年9月1日完成”）", "（未写明）",
                    "填“是”须在整治进展情况或备注中写明完成日期（如“已于2018年9月1日完成”）：回头看和销号都从完成日期算起。");
        } else if (date.get().isAfter(asOf)) {
            error(cell, FormErrorCode.DONE_WITHOUT_DATE, "不晚于" + ChineseDates.format(asOf), ChineseDates.format(date.get()),
                    "完成日期" + ChineseDates.format(date.get()) + "晚于台账日期" + ChineseDates.format(asOf) + "，截至台账日期不能填“是”。");
        } else if (recordedRectifiedOn != null && !recordedRectifiedOn.equals(date.get())) {
            error(cell, FormErrorCode.RECTIFIED_ON_CONFLICT, ChineseDates.format(recordedRectifiedOn), ChineseDates.format(date.get()),
                    "案卷记录的整改完成日期是" + ChineseDates.format(recordedRectifiedOn) + "，台账写的是" + ChineseDates.format(date.get())
                            + "；台账不能改写已记录的完成日期。");
        } else {
            return date;
        }
        return Optional.empty();
    }

    private void requireForNew(LedgerCell cell, boolean present) {
        if (!present && cell.isBlank()) {
            error(cell, FormErrorCode.REQUIRED_FOR_NEW, "不为空", "", "案卷中没有这个序号的问题，新增问题须填写此单元格。");
        }
    }

    private String newId(int serial) {
        String id = "PRB-" + serial;
        for (int k = 2; ids.contains(id); k++) {
            id = "PRB-" + serial + "-" + k;
        }
        return id;
    }

    private void error(LedgerCell cell, FormErrorCode code, String expected, String found, String message) {
        errors.add(FormError.of(cell.ref(), code, expected, found, message));
    }

    private Merged result() {
        List<Problem> problems = new ArrayList<>(file.problems().stream().map(p -> updated.getOrDefault(p.id(), p)).toList());
        problems.addAll(added);
        Map<String, AdminLevel> levels = sourceLevels;
        List<WaterSource> sources = file.waterSources().stream()
                .map(s -> levels.containsKey(s.id()) ? withLevel(s, levels.get(s.id())) : s)
                .collect(Collectors.toList());
        return new Merged(problems, sources, changes);
    }

    private static WaterSource withLevel(WaterSource s, AdminLevel level) {
        return new WaterSource(s.id(), s.name(), s.kind(), level, s.location(), s.responsibleUnitId(), s.status(),
                s.servedPopulation(), s.designCapacityWanM3PerDay(), s.onlineMonitoring(), s.emergencyPlan(),
                s.riskSourcesSurveyedOn(), s.zones());
    }
}
