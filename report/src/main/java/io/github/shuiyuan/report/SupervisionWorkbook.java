package io.github.shuiyuan.report;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Labeled;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.report.internal.ActionOrder;
import io.github.shuiyuan.report.internal.ChartSheet;
import io.github.shuiyuan.report.internal.ChineseDates;
import io.github.shuiyuan.report.internal.Column;
import io.github.shuiyuan.report.internal.Names;
import io.github.shuiyuan.report.internal.PageSetup;
import io.github.shuiyuan.report.internal.QualityText;
import io.github.shuiyuan.report.internal.StyleBook;
import io.github.shuiyuan.report.internal.StyleSpec;
import io.github.shuiyuan.report.internal.SummarySheet;
import io.github.shuiyuan.report.internal.TableWriter;
import io.github.shuiyuan.report.internal.Workbooks;
import io.github.shuiyuan.rules.AccountabilityTrigger;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutCondition;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.ProblemView;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.Severity;
import io.github.shuiyuan.rules.WaterQualityResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The supervision workbook (.xlsx) for the district office and bureaus (督查督办): a summary first (汇总: per
 * responsible unit, findings by severity, problems unresolved, overdue and relapsed, close-outs eligible against
 * claimed, accountability suggested, the district's totals, the as-of date and the rule set's fingerprint), a
 * sheet of charts (图表: findings per rule family, close-out progress per unit), then one sheet each for the
 * findings (问题发现, most severe first and coloured by severity), the close-out status (销号状态), the
 * accountability called for (问责建议) and the water-quality grading (水质评价). Table sheets have Chinese
 * headers, a frozen header row and auto-filters, ids resolved to the names in the case file, rows as tall as their
 * wrapped text, and print on A4 landscape one page wide with the header repeated and pages numbered. For
 * internal use: it names responsible persons.
 */
public final class SupervisionWorkbook {

    /** The sheet names, in order. */
    public static final List<String> SHEETS = List.of("汇总", "图表", "问题发现", "销号状态", "问责建议", "水质评价");

    private static final Map<Severity, IndexedColors> SEVERITY_FILL = Map.of(
            Severity.CRITICAL, IndexedColors.RED,
            Severity.MAJOR, IndexedColors.ORANGE,
            Severity.MINOR, IndexedColors.YELLOW);

    private SupervisionWorkbook() {
    }

    /**
     * Writes the workbook of {@code assessment} (made from {@code caseFile}) to {@code out} (left open). Findings are
     * listed in the order people act on them: severity (严重 first), then responsible unit, then water source (units
     * and sources in the case file's order), then rule.
     */
    public static void write(CaseFile caseFile, Assessment assessment, OutputStream out) throws IOException {
        Names names = new Names(caseFile);
        Workbook workbook = Workbooks.create(FormFormat.XLSX, assessment.asOf());
        StyleBook styles = new StyleBook(workbook);
        SummarySheet.write(workbook.createSheet(SHEETS.get(0)), styles, caseFile, assessment);
        ChartSheet.write(Workbooks.inMemorySheet(workbook, SHEETS.get(1)), styles, caseFile, assessment);
        table(workbook.createSheet(SHEETS.get(2)), styles, findingColumns(names),
                new ActionOrder(caseFile).sort(assessment.findings()));
        table(workbook.createSheet(SHEETS.get(3)), styles, closeOutColumns(names, assessment), assessment.closeOut());
        table(workbook.createSheet(SHEETS.get(4)), styles, accountabilityColumns(names), assessment.accountability());
        table(workbook.createSheet(SHEETS.get(5)), styles, qualityColumns(names), assessment.waterQuality());
        Workbooks.save(workbook, out);
    }

    private static <T> void table(Sheet sheet, StyleBook styles, List<Column<T>> columns, List<T> items) {
        TableWriter.write(sheet, styles, columns, items);
        PageSetup.table(sheet, 0);
    }

    /** The fill of a severity's cell: CRITICAL red, MAJOR orange, MINOR yellow, INFO none. */
    public static IndexedColors fill(Severity severity) {
        return SEVERITY_FILL.get(severity);
    }

    private static List<Column<Finding>> findingColumns(Names names) {
        return List.of(
                new Column<>("严重程度", 8, f -> f.severity().label(), SupervisionWorkbook::severityStyle),
                Column.text("责任单位", 12, f -> names.unit(f.unitId())),
                Column.text("水源地", 16, f -> names.source(f.waterSourceId())),
                Column.centred("规则编号", 9, Finding::ruleId),
                Column.text("规则名称", 18, Finding::title),
                Column.centred("对象类型", 8, f -> f.subjectType() == null ? "" : f.subjectType().label()),
                Column.text("对象", 18, f -> subject(names, f)),
                Column.centred("关联", 10, Finding::ref),
                Column.text("说明", 50, Finding::message),
                Column.text("依据", 20, Finding::clause));
    }

    private static StyleSpec severityStyle(Finding finding) {
        IndexedColors colour = fill(finding.severity());
        return colour == null ? Column.CENTER : Column.CENTER.filled(colour);
    }

    private static String subject(Names names, Finding finding) {
        if (finding.subjectType() == null) {
            return finding.subjectId();
        }
        return switch (finding.subjectType()) {
            case WATER_SOURCE -> names.source(finding.subjectId());
            case PROBLEM -> names.problemLabel(finding.subjectId());
            case UNIT -> names.unit(finding.subjectId());
            case ZONE -> zone(names, finding.subjectId());
            default -> finding.subjectId();
        };
    }

    private static String zone(Names names, String subjectId) {
        int slash = subjectId.lastIndexOf('/');
        if (slash < 0) {
            return subjectId;
        }
        String level = subjectId.substring(slash + 1);
        String label = Labeled.fromText(ZoneLevel.class, level).map(ZoneLevel::label).orElse(level);
        return names.source(subjectId.substring(0, slash)) + label;
    }

    private static List<Column<CloseOutStatus>> closeOutColumns(Names names, Assessment assessment) {
        return List.of(
                Column.centred("问题序号", 10, c -> names.problem(c.problemId()).map(p -> (Object) p.serialNo()).orElse(null)),
                Column.centred("问题编号", 12, CloseOutStatus::problemId),
                Column.text("水源地", 24, c -> names.source(names.problem(c.problemId()).map(Problem::waterSourceId).orElse(null))),
                Column.text("责任单位", 16, c -> names.unit(names.problem(c.problemId()).map(Problem::responsibleUnitId).orElse(null))),
                Column.text("问题描述", 40, c -> names.problem(c.problemId()).map(Problem::description).orElse("")),
                Column.centred("状态", 10, c -> names.problem(c.problemId())
                        .map(p -> p.statusAsOf(assessment.asOf()).label()).orElse("")),
                Column.centred("可销号", 8, c -> c.eligible() ? "是" : "否"),
                Column.text("未满足的销号条件", 44, c -> assessment.problem(c.problemId()).map(ProblemView::unmetInWords)
                        .orElseGet(() -> CloseOutCondition.words(c.unmet(), null))));
    }

    private static List<Column<AccountabilityTrigger>> accountabilityColumns(Names names) {
        return List.of(
                Column.centred("规则编号", 10, AccountabilityTrigger::ruleId),
                Column.text("问责对象", 18, t -> names.unit(t.targetUnitId())),
                Column.centred("责任人", 10, t -> names.person(t.targetPersonId())),
                Column.centred("问责事由", 12, t -> t.reason() == null ? "" : t.reason().label()),
                Column.centred("建议措施", 12, t -> t.measure() == null ? "" : t.measure().label()),
                Column.text("依据", 50, t -> String.join("、", t.basis().stream().map(id -> basis(names, id)).toList())));
    }

    private static String basis(Names names, String id) {
        return names.problem(id).isPresent() ? names.problemLabel(id) : id;
    }

    private static List<Column<WaterQualityResult>> qualityColumns(Names names) {
        return List.of(
                Column.centred("样品编号", 16, WaterQualityResult::sampleId),
                Column.text("水源地", 24, w -> names.source(w.waterSourceId())),
                Column.centred("采样日期", 16, w -> ChineseDates.format(w.sampledOn())),
                Column.centred("水质类别", 10, w -> w.grade() == null ? "未评价" : w.grade().label()),
                Column.centred("水质目标", 10, w -> w.target() == null ? "" : w.target().label()),
                Column.centred("是否达标", 10, w -> QualityText.yesNo(w.compliant())),
                Column.centred("是否达到目标", 12, w -> QualityText.yesNo(w.targetMet())),
                Column.text("超标项目", 60, w -> QualityText.exceedances(w.exceedances(),
                        names.waterSource(w.waterSourceId()).map(WaterSource::kind).orElse(SourceKind.RIVER))));
    }
}
