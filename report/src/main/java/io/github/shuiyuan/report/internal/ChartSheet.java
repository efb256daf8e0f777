package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.internal.UnitTally.Figure;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.RuleFamily;
import io.github.shuiyuan.rules.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * The supervision workbook's 图表 sheet: findings per rule family, stacked by severity, and close-out progress per
 * responsible unit, stacked by the exclusive progress classes of {@link UnitTally#PROGRESS}; each chart beside
 * the small table it is drawn from, so the numbers can be read as well as seen. Stacked horizontal bars, as
 * Apache POI's XDDF charts draw them; Excel, WPS and LibreOffice all render these.
 */
public final class ChartSheet {

    /** The chart titles, in order. */
    public static final List<String> TITLES = List.of("各规则族发现条数（按严重程度）", "各责任单位问题整治与销号进展");
    /** The first column right of the tables, where the charts start. */
    static final int CHART_COLUMN = 8;
    /** Rows a chart spans at least. */
    static final int CHART_ROWS = 20;

    private static final Map<Severity, PresetColor> SEVERITY_COLOUR = Map.of(Severity.CRITICAL, PresetColor.RED,
            Severity.MAJOR, PresetColor.ORANGE, Severity.MINOR, PresetColor.GOLD, Severity.INFO, PresetColor.SILVER);
    private static final Map<Figure, PresetColor> PROGRESS_COLOUR = Map.of(Figure.CLOSED_COMPLIANT, PresetColor.FOREST_GREEN,
            Figure.CLOSED_IRREGULAR, PresetColor.DARK_VIOLET, Figure.AWAITING_CLOSE_OUT, PresetColor.LIGHT_GREEN,
            Figure.IN_PROGRESS, PresetColor.ORANGE, Figure.RELAPSED, PresetColor.RED);

    private final XSSFSheet sheet;
    private final StyleBook styles;

    private ChartSheet(XSSFSheet sheet, StyleBook styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Writes both charts and their tables onto {@code sheet}, which prints on one A4 landscape page. */
    public static void write(XSSFSheet sheet, StyleBook styles, CaseFile caseFile, Assessment assessment) {
        ChartSheet charts = new ChartSheet(sheet, styles);
        int next = charts.findingsByFamily(assessment.findings());
        List<UnitTally> units = UnitTally.of(caseFile, assessment, SummarySheet.UNASSIGNED).stream()
                .filter(t -> t.count(Figure.PROBLEMS) > 0).toList();
        charts.progressByUnit(next, units);
        PageSetup.onePage(sheet);
    }

    /** Table and chart of findings per family; returns the first row free below both. */
    private int findingsByFamily(List<Finding> findings) {
        Map<RuleFamily, int[]> counts = new EnumMap<>(RuleFamily.class);
        findings.forEach(f -> counts.computeIfAbsent(RuleFamily.of(f.ruleId()), k -> new int[Severity.values().length])
                [f.severity().ordinal()]++);
        List<Column<Map.Entry<RuleFamily, int[]>>> columns = new ArrayList<>();
        columns.add(Column.text("规则族", 28, e -> e.getKey().label()));
        for (Severity severity : Severity.values()) {
            columns.add(Column.centred(severity.label(), 8, e -> e.getValue()[severity.ordinal()]));
        }
        columns.add(Column.centred("合计", 8, e -> Arrays.stream(e.getValue()).sum()));
        int rows = TableWriter.rows(sheet, 0, styles, columns, counts.entrySet());
        List<PresetColor> colours = List.of(Severity.values()).stream().map(SEVERITY_COLOUR::get).toList();
        return chart(TITLES.get(0), 0, rows, colours);
    }

    /** Table and chart of the progress classes per unit, from row {@code top}. */
    private void progressByUnit(int top, List<UnitTally> units) {
        List<Column<UnitTally>> columns = new ArrayList<>();
        columns.add(Column.text("责任单位", 28, UnitTally::name));
        for (Figure figure : UnitTally.PROGRESS) {
            columns.add(Column.centred(figure.label(), 8, t -> t.count(figure)));
        }
        columns.add(Column.centred("问题总数", 8, t -> t.count(Figure.PROBLEMS)));
        int rows = TableWriter.rows(sheet, top, styles, columns, units);
        chart(TITLES.get(1), top, rows, UnitTally.PROGRESS.stream().map(PROGRESS_COLOUR::get).toList());
    }

    /**
     * Overlaps a stacked chart's bars wholly ({@code c:overlap val="100"}), without which Excel draws the parts of a
     * stack side by side. Written as text: the schema type of the value is not among the ones poi-ooxml-lite carries.
     */
    private static void stackFully(XSSFChart chart) {
        CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
        CTOverlap overlap = bars.isSetOverlap() ? bars.getOverlap() : bars.addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }

    /**
     * A stacked horizontal bar chart, right of the table whose header is row {@code header} and which has
     * {@code rows} rows below it: categories from the first column, one series per column for {@code colours};
     * when the table is empty, a line saying so instead. Returns the first row free below table and chart.
     */
    private int chart(String title, int header, int rows, List<PresetColor> colours) {
        int bottom = header + Math.max(rows + 1, CHART_ROWS) + 1;
        if (rows == 0) {
            Row row = sheet.createRow(header + 1);
            Cells.text(row, 0, title + "：截至统计日无数据", styles, SummarySheet.LINE);
            return bottom;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, header,
                CHART_COLUMN + 10, bottom - 1));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);     // the table's first row on top
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX);                     // the value axis under the last category
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setVaryColors(false);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(header + 1, header + rows, 0, 0));
        for (int s = 0; s < colours.size(); s++) {
            int column = s + 1;
            XDDFChartData.Series series = data.addSeries(names, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(header + 1, header + rows, column, column)));
            series.setTitle(sheet.getRow(header).getCell(column).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), header, column, true, true));
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colours.get(s))));
            series.setShapeProperties(fill);
        }
        chart.plot(data);
        stackFully(chart);
        return bottom;
    }
}
