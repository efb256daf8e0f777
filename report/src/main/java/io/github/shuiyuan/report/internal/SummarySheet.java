package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.internal.UnitTally.Figure;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.RulesetInfo;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The supervision workbook's first sheet, 汇总, which a director reads in a minute: a title, the as-of date and
 * the rule set that judged (name, version, SHA-256 fingerprint), then one row per responsible unit — findings by
 * severity, problems unresolved, overdue and relapsed, close-outs eligible against claimed, accountability
 * suggested — and the district's totals, then what each figure counts.
 */
public final class SummarySheet {

    /** Row index of the table's header. */
    public static final int HEADER_ROW = 3;
    /** What names no unit is shown in a row of this name. */
    public static final String UNASSIGNED = "（未指明责任单位）";

    /** The figures, in column order. */
    public static final List<Figure> FIGURES = List.of(Figure.CRITICAL, Figure.MAJOR, Figure.MINOR, Figure.INFO,
            Figure.PROBLEMS, Figure.UNRESOLVED, Figure.OVERDUE, Figure.RELAPSED, Figure.ELIGIBLE, Figure.CLOSED,
            Figure.IRREGULAR, Figure.ACCOUNTABILITY);

    /** What each figure counts, under the table. */
    static final List<String> LEGEND = List.of(
            "说明：各项均为统计截至日的情况，按责任单位统计。",
            "严重、较重、一般、提示：规则发现的问题条数，按严重程度分列。",
            "问题总数：截至日已发现的环境问题个数；未解决：仍在整治中或未整改，或最近一次“回头看”发现反弹、未整改到位的问题；"
                    + "逾期未解决：未解决且已超过现行整改期限（含经批准的延期）。",
            "反弹或未整改到位：最近一次“回头看”发现反弹或未整改到位的问题，已销号的也计入。",
            "可销号：已整改或已销号、且满足全部销号条件的问题；已销号：截至日已销号的问题；其中违规销号：不满足销号条件即已销号。",
            "问责建议：问责规则建议的通报批评、公开约谈或移交问责的条数。");

    static final StyleSpec TITLE = StyleSpec.text(FontSpec.bold(FontSpec.HEADING_FONT, 16), HorizontalAlignment.CENTER, true);
    static final StyleSpec LINE = StyleSpec.text(FontSpec.plain(FontSpec.BODY_FONT, 11), HorizontalAlignment.LEFT, true);
    private static final StyleSpec TOTAL_TEXT = Column.TEXT.withFont(FontSpec.bold(FontSpec.BODY_FONT, 11));
    private static final StyleSpec TOTAL_NUMBER = Column.CENTER.withFont(FontSpec.bold(FontSpec.BODY_FONT, 11));

    private SummarySheet() {
    }

    /** Writes the summary of {@code assessment} (made from {@code caseFile}) onto {@code sheet}, ready to print. */
    public static void write(Sheet sheet, StyleBook styles, CaseFile caseFile, Assessment assessment) {
        List<UnitTally> rows = new ArrayList<>(UnitTally.of(caseFile, assessment, UNASSIGNED));
        UnitTally total = UnitTally.total(totalName(caseFile), rows);
        rows.add(total);
        List<Column<UnitTally>> columns = columns(total);
        int width = columns.stream().mapToInt(Column::width).sum();
        line(sheet, 0, title(caseFile), TITLE, styles, columns.size(), width);
        line(sheet, 1, "统计截至：" + ChineseDates.format(assessment.asOf()), LINE, styles, columns.size(), width);
        line(sheet, 2, ruleset(assessment.ruleset()), LINE, styles, columns.size(), width);
        int last = HEADER_ROW + TableWriter.write(sheet, HEADER_ROW, styles, columns, rows);
        for (int i = 0; i < LEGEND.size(); i++) {
            line(sheet, last + 2 + i, LEGEND.get(i), LINE, styles, columns.size(), width);
        }
        PageSetup.table(sheet, HEADER_ROW);
    }

    /** The rule set line: name, version and the SHA-256 over every rule and configuration file loaded. */
    static String ruleset(RulesetInfo ruleset) {
        return "规则集：" + ruleset.name() + "（版本" + ruleset.version() + "）　指纹（SHA-256）：" + ruleset.sha256();
    }

    private static String title(CaseFile caseFile) {
        String area = caseFile.jurisdiction().name() == null ? "" : caseFile.jurisdiction().name();
        return area + "饮用水水源地环境保护督查汇总";
    }

    private static String totalName(CaseFile caseFile) {
        String area = caseFile.jurisdiction().name();
        return area == null ? "合计" : area + "合计";
    }

    private static List<Column<UnitTally>> columns(UnitTally total) {
        List<Column<UnitTally>> columns = new ArrayList<>();
        columns.add(new Column<>("责任单位", 24, UnitTally::name, t -> t == total ? TOTAL_TEXT : Column.TEXT));
        for (Figure figure : FIGURES) {
            columns.add(new Column<>(figure.label(), 8, t -> t.count(figure), t -> t == total ? TOTAL_NUMBER : Column.CENTER));
        }
        return columns;
    }

    /** One line of text across the table's width, as tall as its wrapped text needs. */
    private static void line(Sheet sheet, int rowIndex, String text, StyleSpec style, StyleBook styles, int columns,
                             int widthChars) {
        Row row = sheet.createRow(rowIndex);
        int lines = RowHeights.lines(text, widthChars);
        row.setHeightInPoints(RowHeights.height(lines, style.font().points(), TableWriter.MIN_HEIGHT));
        Cells.text(row, 0, text, styles, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
    }
}
