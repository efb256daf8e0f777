package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.CloseOutCounts;
import io.github.shuiyuan.report.DisclosedProblem;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.ProgressCounts;
import io.github.shuiyuan.report.Ratio;
import io.github.shuiyuan.report.SourceDisclosure;
import io.github.shuiyuan.rules.ProblemProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The disclosure as an .xlsx workbook with the page's figures and list: sheet 概况 (publisher, dates, phone, one
 * row per source and a 合计 row, 销号合规率, 月报报送率, every legend) and sheet 问题清单. Both print on A4 landscape,
 * one page wide, the header row repeated, {@code 第 &P 页 共 &N 页} in the footer.
 */
public final class DisclosureXlsx {

    private static final StyleSpec TITLE = StyleSpec.text(FontSpec.bold(FontSpec.TITLE_FONT, 16), HorizontalAlignment.CENTER, false);
    private static final StyleSpec NOTE = StyleSpec.text(FontSpec.plain(FontSpec.BODY_FONT, 11), HorizontalAlignment.LEFT, true);
    private static final List<String> FIGURES = List.of("水源地", "类型", "问题总数", ProblemProgress.DONE.label(),
            ProblemProgress.RECTIFYING.label(), ProblemProgress.OPEN.label(), ProblemProgress.RECURRED.label(),
            ProblemProgress.NOT_RECTIFIED.label(), "整治完成率", "已销号", "合规销号", "违规销号", "本月水质");
    private static final int[] FIGURE_WIDTHS = {26, 9, 9, 11, 8, 8, 7, 11, 16, 8, 9, 9, 44};
    /** The overview's width in characters of the body font (11 pt). */
    private static final int WIDTH = java.util.Arrays.stream(FIGURE_WIDTHS).sum();
    private static final int[] LIST_WIDTHS = {6, 16, 18, 9, 9, 11, 30, 30, 18, 30, 9, 9, 11, 24};

    private DisclosureXlsx() {
    }

    /** Writes the workbook to {@code out} (left open). */
    public static void write(DisclosurePage page, OutputStream out) throws IOException {
        Workbook workbook = Workbooks.create(FormFormat.XLSX, page.asOf());
        StyleBook styles = new StyleBook(workbook);
        overview(workbook.createSheet("概况"), styles, page);
        list(workbook.createSheet("问题清单"), styles, page);
        Workbooks.save(workbook, out);
    }

    private static void overview(Sheet sheet, StyleBook styles, DisclosurePage page) {
        int last = FIGURES.size() - 1;
        for (int c = 0; c <= last; c++) {
            sheet.setColumnWidth(c, FIGURE_WIDTHS[c] * 256);
        }
        merged(sheet, styles, 0, last, page.title(), TITLE);
        String published = page.draft() ? "草稿，未发布" : "发布日期：" + ChineseDates.format(page.publishedOn());
        String phone = page.publisher().publicPhone() == null ? "发布单位未登记公众监督电话"
                : "公众监督电话：" + page.publisher().publicPhone();
        merged(sheet, styles, 1, last, "发布单位：" + page.publisher().name() + "　" + published + "　统计截至："
                + ChineseDates.format(page.asOf()) + "　" + phone, NOTE);
        Row header = sheet.createRow(2);
        for (int c = 0; c <= last; c++) {
            Cells.text(header, c, FIGURES.get(c), styles, TableWriter.HEADER);
        }
        int r = 3;
        for (SourceDisclosure s : page.sources()) {
            figures(sheet.createRow(r++), styles, s.name(), s.kind().label(), s.progress(), s.completion(), s.closeOuts(),
                    s.waterQuality());
        }
        DisclosurePage.Totals t = page.total();
        figures(sheet.createRow(r++), styles, "合计", "", t.progress(), t.completion(), t.closeOuts(), "");
        r++;
        r = note(sheet, styles, r, last, "销号合规率：" + DisclosureLegend.ratio(t.closeOutCompliance()));
        r = note(sheet, styles, r, last, "月报报送率：" + DisclosureLegend.ratio(t.reportRate()));
        r++;
        for (String legend : legends(t)) {
            r = note(sheet, styles, r, last, legend);
        }
        printLayout(sheet, page.title(), 2);
    }

    private static List<String> legends(DisclosurePage.Totals t) {
        List<String> legends = new ArrayList<>();
        legends.add("说明：");
        legends.add("问题总数：" + DisclosureLegend.TOTAL);
        legends.add("已完成整治：" + DisclosureLegend.DONE);
        legends.add("整治中：" + DisclosureLegend.RECTIFYING);
        legends.add("未整改：" + DisclosureLegend.OPEN);
        legends.add(ProblemProgress.RECURRED.label() + "：" + DisclosureLegend.RECURRED);
        legends.add(ProblemProgress.NOT_RECTIFIED.label() + "：" + DisclosureLegend.NOT_RECTIFIED);
        legends.add("整治完成率：" + DisclosureLegend.of(DisclosureLegend.COMPLETION, t.completion()));
        legends.add("已销号：" + DisclosureLegend.CLOSED);
        legends.add("合规销号：" + DisclosureLegend.COMPLIANT);
        legends.add("违规销号：" + DisclosureLegend.IRREGULAR);
        legends.add("销号合规率：" + DisclosureLegend.of(DisclosureLegend.CLOSE_OUT_COMPLIANCE, t.closeOutCompliance()));
        legends.add("月报报送率：" + DisclosureLegend.of(DisclosureLegend.REPORT_RATE, t.reportRate()));
        legends.add("本月水质：" + DisclosureLegend.WATER_QUALITY);
        legends.add("本表不含个人信息：人员姓名、手机号码、身份证号及公众监督电话以外的电话号码均以“" + PersonalData.MASK + "”代替。");
        return legends;
    }

    private static void figures(Row row, StyleBook styles, String name, String kind, ProgressCounts p, Ratio completion,
                                CloseOutCounts closeOuts, String quality) {
        List<Object> values = List.of(name, kind, p.total(), p.done(), p.rectifying(), p.open(), p.recurred(),
                p.notRectified(), DisclosureLegend.ratio(completion), closeOuts.closed(), closeOuts.compliant(),
                closeOuts.irregular(), quality);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Integer n) {
                Cells.number(row, c, n, styles, Column.CENTER);
            } else {
                Cells.text(row, c, (String) value, styles, c == 0 || c == values.size() - 1 ? Column.TEXT : Column.CENTER);
            }
        }
    }

    private static void list(Sheet sheet, StyleBook styles, DisclosurePage page) {
        List<Column<DisclosedProblem>> columns = new ArrayList<>();
        for (int c = 0; c < DisclosureText.LIST_HEADERS.size(); c++) {
            int index = c;
            String title = DisclosureText.LIST_HEADERS.get(c);
            columns.add(switch (c) {
                case 0 -> Column.centred(title, LIST_WIDTHS[c], DisclosedProblem::serialNo);
                case 11 -> Column.centred(title, LIST_WIDTHS[c], DisclosedProblem::progressPercent);
                case 3, 4, 10, 12 -> Column.centred(title, LIST_WIDTHS[c], p -> DisclosureText.listRow(p).get(index));
                default -> Column.text(title, LIST_WIDTHS[c], p -> DisclosureText.listRow(p).get(index));
            });
        }
        TableWriter.write(sheet, styles, columns, page.problems());
        printLayout(sheet, page.title() + "　问题清单", 0);
    }

    private static int note(Sheet sheet, StyleBook styles, int r, int last, String text) {
        merged(sheet, styles, r, last, text, NOTE);
        return r + 1;
    }

    private static void merged(Sheet sheet, StyleBook styles, int r, int last, String text, StyleSpec style) {
        Row row = sheet.createRow(r);
        int points = style.font().points();
        row.setHeightInPoints(RowHeights.height(RowHeights.lines(text, WIDTH * 11 / points), points, 18f));
        Cells.text(row, 0, text, styles, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
    }

    private static void printLayout(Sheet sheet, String title, int headerRow) {
        PageSetup.table(sheet, headerRow);
        sheet.getHeader().setCenter(title);
    }
}
