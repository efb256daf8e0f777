package io.github.shuiyuan.report.internal;

import java.util.function.Function;
import org.apache.poi.ss.usermodel.HorizontalAlignment;

/**
 * One column of a plain table (a header row, then one row per item): its header, width in characters,
 * the value of an item (a String, a Number or null) and the style of its cell.
 */
public record Column<T>(String title, int width, Function<T, Object> value, Function<T, StyleSpec> style) {

    /** Left-aligned wrapped text. */
    public static final StyleSpec TEXT = StyleSpec.cell(FontSpec.plain(FontSpec.BODY_FONT, 11),
            HorizontalAlignment.LEFT);
    /** Centred text or numbers. */
    public static final StyleSpec CENTER = StyleSpec.cell(FontSpec.plain(FontSpec.BODY_FONT, 11),
            HorizontalAlignment.CENTER);

    /** A left-aligned text column. */
    public static <T> Column<T> text(String title, int width, Function<T, Object> value) {
        return new Column<>(title, width, value, item -> TEXT);
    }

    /** A centred column. */
    public static <T> Column<T> centred(String title, int width, Function<T, Object> value) {
        return new Column<>(title, width, value, item -> CENTER);
    }
}
