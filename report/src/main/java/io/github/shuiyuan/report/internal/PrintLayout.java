package io.github.shuiyuan.report.internal;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** Print layouts the library's workbooks share. */
public final class PrintLayout {

    private PrintLayout() {
    }

    /** A4 landscape, scaled to one page wide and as many pages tall as the rows need. */
    public static void a4LandscapeOnePageWide(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }
}
