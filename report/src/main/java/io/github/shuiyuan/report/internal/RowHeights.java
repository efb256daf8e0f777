package io.github.shuiyuan.report.internal;

/**
 * Estimates the height a row of wrapped text needs, so that printed forms show every line in Excel,
 * WPS and LibreOffice alike (Excel does not fit row heights of generated files by itself).
 */
public final class RowHeights {

    /** Excel's largest row height in points. */
    public static final float MAX_HEIGHT = 409f;

    private RowHeights() {
    }

    /**
     * The lines {@code text} takes in a column {@code widthChars} wide: a Chinese (wide) character counts
     * two, anything else one, and every explicit line break starts a new line.
     */
    public static int lines(String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int usable = Math.max(1, widthChars - 1);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int units = line.codePoints().map(c -> Character.isIdeographic(c) || c > 0x2E80 ? 2 : 1).sum();
            lines += Math.max(1, (units + usable - 1) / usable);
        }
        return lines;
    }

    /** The row height in points for {@code lines} lines of a font of {@code points}, at least {@code minimum}. */
    public static float height(int lines, int points, float minimum) {
        float needed = lines * points * 1.35f + 6f;
        return Math.min(MAX_HEIGHT, Math.max(minimum, needed));
    }
}
