package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.quality.Exceedance;
import io.github.shuiyuan.rules.AccountabilityTrigger;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.RuleFamily;
import io.github.shuiyuan.rules.Severity;
import io.github.shuiyuan.rules.WaterQualityResult;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An assessment as a Chinese text for people at a terminal: the findings in one table per rule family
 * (most severe first), then close-out, accountability and water quality. Same input, same text.
 */
final class AssessmentText {

    private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER);

    private final Assessment assessment;
    private final CaseFile file;
    private final StringBuilder text = new StringBuilder();

    private AssessmentText(Assessment assessment, CaseFile file) {
        this.assessment = assessment;
        this.file = file;
    }

    /** The text of {@code assessment}; {@code file} is the case file it assessed, for unit and person names. */
    static String render(Assessment assessment, CaseFile file) {
        AssessmentText report = new AssessmentText(assessment, file);
        report.heading();
        report.findings();
        report.closeOut();
        report.accountability();
        report.waterQuality();
        return report.text.toString();
    }

    private void heading() {
        var ruleset = assessment.ruleset();
        text.append("水源地保护合规评估 · 截至 ").append(assessment.asOf()).append('\n')
                .append("规则集：").append(ruleset.name()).append(' ').append(ruleset.version())
                .append("（sha256 ").append(ruleset.sha256(), 0, Math.min(12, ruleset.sha256().length())).append("…）\n");
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        assessment.findings().forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        text.append("发现 ").append(assessment.findings().size()).append(" 条");
        if (!counts.isEmpty()) {
            text.append("：").append(counts.entrySet().stream()
                    .map(e -> e.getKey().label() + " " + e.getValue() + " 条").collect(Collectors.joining("，")));
        }
        text.append('\n');
    }

    private void findings() {
        Map<RuleFamily, List<Finding>> byFamily = assessment.findings().stream().sorted(BY_SEVERITY)
                .collect(Collectors.groupingBy(f -> RuleFamily.of(f.ruleId()),
                        () -> new EnumMap<>(RuleFamily.class), Collectors.toList()));
        byFamily.forEach((family, findings) -> {
            TextTable table = new TextTable("规则", "严重程度", "对象", "说明");
            findings.forEach(f -> table.row(f.ruleId(), f.severity().label(), subject(f), f.message()));
            section(family.label(), findings.size() + " 条", table);
        });
    }

    private void closeOut() {
        List<CloseOutStatus> statuses = assessment.closeOut();
        long eligible = statuses.stream().filter(CloseOutStatus::eligible).count();
        TextTable table = new TextTable("问题", "可销号", "未满足的条件");
        statuses.forEach(s -> table.row(s.problemId(), s.eligible() ? "是" : "否", String.join("、", s.unmet())));
        section("销号条件", "已整改或已销号的问题 " + statuses.size() + " 个：可销号 " + eligible + " 个，尚不可销号 "
                + (statuses.size() - eligible) + " 个", table);
    }

    private void accountability() {
        TextTable table = new TextTable("规则", "对象单位", "责任人", "原因", "措施", "依据");
        for (AccountabilityTrigger t : assessment.accountability()) {
            table.row(t.ruleId(), unit(t.targetUnitId()), person(t.targetPersonId()), t.reason().label(),
                    t.measure().label(), String.join("、", t.basis()));
        }
        section("问责", "建议问责 " + assessment.accountability().size() + " 项", table);
    }

    private void waterQuality() {
        List<WaterQualityResult> results = assessment.waterQuality();
        TextTable table = new TextTable("样品", "水源地", "采样日期", "类别", "目标", "达标", "达目标", "超标项目");
        results.stream().filter(r -> !Boolean.TRUE.equals(r.targetMet())).forEach(r -> table.row(r.sampleId(),
                r.waterSourceId(), r.sampledOn(), r.grade() == null ? "无法评价" : r.grade().label(),
                r.target() == null ? "" : r.target().label(), yesNo(r.compliant()), yesNo(r.targetMet()),
                r.exceedances().stream().map(AssessmentText::exceedance).collect(Collectors.joining("；"))));
        section("水质", "样品 " + results.size() + " 个：达标 " + count(results, true, true) + " 个，不达标 "
                + count(results, true, false) + " 个；达到水质目标 " + count(results, false, true) + " 个，未达到 "
                + count(results, false, false) + " 个（下表只列未达到水质目标或无法评价的样品）", table);
    }

    private void section(String title, String summary, TextTable table) {
        text.append("\n【").append(title).append("】").append(summary).append('\n');
        if (!table.isEmpty()) {
            text.append(table.render());
        }
    }

    private static String subject(Finding f) {
        String subject = (f.subjectType() == null ? "" : f.subjectType().label() + " ") + f.subjectId();
        return f.ref() == null ? subject : subject + "（" + f.ref() + "）";
    }

    private String unit(String id) {
        return id == null ? "" : file.unit(id).map(Unit::name).map(name -> name + "（" + id + "）").orElse(id);
    }

    private String person(String id) {
        return id == null ? "" : file.person(id).map(Person::name).map(name -> name + "（" + id + "）").orElse(id);
    }

    private static String exceedance(Exceedance e) {
        String multiple = e.multiple() == null ? "" : "，超标" + e.multiple().toPlainString() + "倍";
        return e.parameter() + " " + e.value().toPlainString() + "（限值" + e.limit() + multiple + "）";
    }

    private static String yesNo(Boolean value) {
        return value == null ? "—" : value ? "是" : "否";
    }

    private static long count(List<WaterQualityResult> results, boolean compliance, boolean wanted) {
        return results.stream().map(r -> compliance ? r.compliant() : r.targetMet())
                .filter(v -> v != null && v == wanted).count();
    }
}
