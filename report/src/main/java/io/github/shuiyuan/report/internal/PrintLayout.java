package io.github.shuiyuan.report.internal;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the government tables print: A4 landscape, one page wide, centred, header rows repeated, page footer. */
public final class PrintLayout {

    /** The page footer: 第 &P 页 共 &N 页. */
    public static final String FOOTER = "第 &P 页 共 &N 页";

    private PrintLayout() {
    }

    /** Sets A4 landscape, fit to one page wide, {@code repeatingRows} on every page and the footer. */
    public static void a4Landscape(Sheet sheet, CellRangeAddress repeatingRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        sheet.setRepeatingRows(repeatingRows);
        sheet.getFooter().setCenter(FOOTER);
    }
}
