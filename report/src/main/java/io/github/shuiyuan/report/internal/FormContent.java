package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.LookBackSheet;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.LookBackRecord;
import io.github.shuiyuan.rules.ProblemView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one sub-district's look-back form says as of the assessment's date: a row for each of its problems
 * rectified on or before that date, in serial order, filled from the case file and the assessment's
 * per-problem view. Facts are written in fixed phrases so that the form check can find them again.
 */
public final class FormContent {

    private final CaseFile caseFile;
    private final LocalDate asOf;

    private FormContent(CaseFile caseFile, LocalDate asOf) {
        this.caseFile = caseFile;
        this.asOf = asOf;
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
        FormContent content = new FormContent(caseFile, assessment.asOf());
        List<LookBackRow> rows = listed(assessment, unitId).stream().map(content::row).toList();
        return new LookBackSheet(unit.name(), content.asOf, person.map(Person::name).orElse(null),
                person.map(Person::phone).orElse(null), rows);
    }

    /**
     * The problems a unit's form lists as of the assessment's date, in serial order: exactly the unit's problems
     * rectified on or before that date, whatever their status is now.
     */
    public static List<ProblemView> listed(Assessment assessment, String unitId) {
        return assessment.problems().stream()
                .filter(p -> unitId.equals(p.unitId()))
                .filter(p -> p.rectifiedOn() != null)
                .sorted(Comparator.comparingInt(ProblemView::serialNo))
                .toList();
    }

    private LookBackRow row(ProblemView view) {
        Problem problem = caseFile.problem(view.problemId()).orElseThrow();
        String sourceName = caseFile.waterSource(problem.waterSourceId()).map(WaterSource::name).orElse("");
        String lookBack = view.latestLookBack() == null ? LookBackStatement.NONE : lookBack(view.latestLookBack());
        return new LookBackRow(problem.serialNo(), problem.location(), sourceName, rectification(problem),
                lookBack, view.done(), closeOutClaim(view));
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

    /** {@code 2018年9月10日，任港街道回头看：反弹。} and the note; the {@code 。} is always written. */
    private String lookBack(LookBackRecord lookBack) {
        String unit = lookBack.unitId() == null ? "" : caseFile.unit(lookBack.unitId()).map(Unit::name).orElse("");
        String text = ChineseDates.format(lookBack.date()) + "，" + unit + "回头看：" + lookBack.outcome().label() + "。";
        return lookBack.note() == null || lookBack.note().isBlank() ? text : text + lookBack.note().strip();
    }

    /**
     * The close-out claim 备注 leads with, one of four: {@code 已销号（日期）}, {@code 已销号（日期），但不具备销号条件：…}
     * (a 违规销号), {@code 可销号}, {@code 尚不具备销号条件：…}; empty for a row not rectified as of D.
     */
    static String closeOutClaim(ProblemView view) {
        return CloseOutClaim.of(view).text(view.unmetInWords());
    }
}
