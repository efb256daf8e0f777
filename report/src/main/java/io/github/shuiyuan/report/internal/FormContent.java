package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.LookBackSheet;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.fact.LookBack;
import io.github.shuiyuan.rules.fact.ProblemState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one sub-district's look-back form says as of the assessment's date: a row for each of its problems
 * that is rectified or closed as of that date, in serial order, filled from the case file and the assessment.
 */
public final class FormContent {

    private static final String NO_LOOK_BACK = "尚未开展回头看";

    private final CaseFile caseFile;
    private final LocalDate asOf;
    private final Map<String, List<LookBack>> lookBacks = new HashMap<>();
    private final Map<String, CloseOutStatus> closeOut = new HashMap<>();

    private FormContent(CaseFile caseFile, Assessment assessment) {
        this.caseFile = caseFile;
        this.asOf = assessment.asOf();
        for (Inspection i : caseFile.inspections()) {
            if (i.isLookBack() && !i.date().isAfter(asOf)) {
                i.results().forEach(r -> lookBacks.computeIfAbsent(r.problemId(), k -> new ArrayList<>())
                        .add(new LookBack(i.id(), r.problemId(), i.date(), r.outcome(), i.unitId(), r.note())));
            }
        }
        assessment.closeOut().forEach(c -> closeOut.put(c.problemId(), c));
    }

    /**
     * The form of {@code unitId} as of {@code assessment.asOf()}, signed by {@code filledByPersonId} (null to
     * leave 填表人 and 联系方式 for handwriting).
     *
     * @throws IllegalArgumentException when the unit or the person is not in the case file
     */
    public static LookBackSheet of(CaseFile caseFile, Assessment assessment, String unitId, String filledByPersonId) {
        Unit unit = caseFile.unit(unitId).orElseThrow(() -> new IllegalArgumentException(
                "案卷中没有单位" + unitId + " (unknown unit)"));
        Optional<Person> person = Optional.ofNullable(filledByPersonId).map(id -> caseFile.person(id).orElseThrow(
                () -> new IllegalArgumentException("案卷中没有人员" + id + " (unknown person)")));
        FormContent content = new FormContent(caseFile, assessment);
        List<LookBackRow> rows = caseFile.problems().stream()
                .filter(p -> unitId.equals(p.responsibleUnitId()))
                .filter(content::isRectified)
                .sorted(Comparator.comparing(Problem::serialNo))
                .map(content::row)
                .toList();
        return new LookBackSheet(unit.name(), content.asOf, person.map(Person::name).orElse(null),
                person.map(Person::phone).orElse(null), rows);
    }

    private boolean isRectified(Problem problem) {
        ProblemStatus status = problem.statusAsOf(asOf);
        return status == ProblemStatus.RECTIFIED || status == ProblemStatus.CLOSED;
    }

    private LookBackRow row(Problem problem) {
        ProblemState state = new ProblemState(problem, asOf, lookBacks.getOrDefault(problem.id(), List.of()), false);
        String sourceName = caseFile.waterSource(problem.waterSourceId()).map(WaterSource::name).orElse("");
        return new LookBackRow(problem.serialNo(), problem.location(), sourceName, rectification(problem),
                state.latestLookBack().map(this::lookBack).orElse(NO_LOOK_BACK), !state.isUnresolved(),
                remark(problem));
    }

    private static String rectification(Problem problem) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, "", problem.description());
        addIfPresent(lines, "整改措施：", problem.measures());
        addIfPresent(lines, "整改成效：", problem.result());
        addIfPresent(lines, "完成时间：", ChineseDates.format(problem.rectifiedOn()));
        return String.join("\n", lines);
    }

    private static void addIfPresent(List<String> lines, String label, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(label + text);
        }
    }

    private String lookBack(LookBack lookBack) {
        String unit = lookBack.unitId() == null ? "" : caseFile.unit(lookBack.unitId()).map(Unit::name).orElse("");
        String text = ChineseDates.format(lookBack.date()) + "，" + unit + "回头看：" + lookBack.outcome().label();
        return lookBack.note() == null || lookBack.note().isBlank() ? text : text + "。" + lookBack.note();
    }

    private String remark(Problem problem) {
        if (problem.statusAsOf(asOf) == ProblemStatus.CLOSED) {
            return "已销号（" + ChineseDates.format(problem.closedOn()) + "）";
        }
        CloseOutStatus status = closeOut.get(problem.id());
        return status == null ? "" : CloseOutText.status(status.eligible(), status.unmet());
    }
}
