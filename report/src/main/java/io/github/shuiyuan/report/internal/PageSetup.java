package io.github.shuiyuan.report.internal;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the library's table sheets print: A4 landscape, every column on the page (fit to one page wide, as many
 * pages tall as needed), the header row repeated on every page, and the page numbered in the footer.
 */
public final class PageSetup {

    /** The page footer: 第 &P 页 共 &N 页. */
    public static final String FOOTER = "第 &P 页 共 &N 页";

    private PageSetup() {
    }

    /** Prints {@code sheet} as a table whose header is row {@code headerRow} (0-based): one page wide, header repeated. */
    public static void table(Sheet sheet, int headerRow) {
        table(sheet, new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** Prints {@code sheet} as a table whose {@code repeatingRows} head every page: one page wide. */
    public static void table(Sheet sheet, CellRangeAddress repeatingRows) {
        landscape(sheet, 0);
        sheet.setRepeatingRows(repeatingRows);
    }

    /** Prints {@code sheet} on one A4 landscape page, shrunk to fit. */
    public static void onePage(Sheet sheet) {
        landscape(sheet, 1);
    }

    private static void landscape(Sheet sheet, int pagesTall) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) pagesTall);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        sheet.getFooter().setCenter(FOOTER);
    }
}
