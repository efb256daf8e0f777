package io.github.shuiyuan.report.internal;

/**
 * Whether a look-back form prints on one page: a short form that would run a little over one A4 landscape page
 * (at the scale that fits its width) is shrunk to fit that page, so that a six-row form never leaves its
 * repeated header and last notes alone on a second page; a longer form prints at its width's scale on as many
 * pages as it needs. Estimated from the row heights the writer sets (every renderer honours them) and the
 * column widths in Excel's measure; renderers that draw the columns wider shrink the page, never the reverse.
 */
final class PrintFit {

    /** Page margins in inches. */
    static final double LEFT_MARGIN = 0.5;
    static final double RIGHT_MARGIN = 0.5;
    static final double TOP_MARGIN = 0.6;
    static final double BOTTOM_MARGIN = 0.7;

    /** How far past one page a form may run and still be shrunk onto it: to two thirds of its size at the least. */
    static final double ONE_PAGE_AT_MOST = 1.5;

    private static final double A4_LONG_SIDE = 841.89;
    private static final double A4_SHORT_SIDE = 595.28;
    private static final double POINTS_PER_INCH = 72;
    /** Excel's width of a character of the default font, and a column's padding, in pixels; 0.75 points a pixel. */
    private static final double CHARACTER_PIXELS = 7;
    private static final double PADDING_PIXELS = 5;
    private static final double POINTS_PER_PIXEL = 0.75;

    private PrintFit() {
    }

    /** Whether a form whose rows are {@code rowHeights} points high in all is fitted onto one page. */
    static boolean onePage(double rowHeights) {
        double width = 0;
        for (FormColumn column : FormColumn.values()) {
            width += (column.width() * CHARACTER_PIXELS + PADDING_PIXELS) * POINTS_PER_PIXEL;
        }
        double printableWidth = A4_LONG_SIDE - (LEFT_MARGIN + RIGHT_MARGIN) * POINTS_PER_INCH;
        double printableHeight = A4_SHORT_SIDE - (TOP_MARGIN + BOTTOM_MARGIN) * POINTS_PER_INCH;
        double scale = Math.min(1, printableWidth / width);
        return rowHeights * scale <= printableHeight * ONE_PAGE_AT_MOST;
    }
}
