package io.github.shuiyuan.report.internal;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;

/**
 * How a kind of cell looks, as data: font, horizontal alignment, wrapping, thin borders, fill colour
 * (null for none), and whether the text is quote-prefixed (kept as text even when someone edits a cell
 * that starts with {@code =}). A {@link StyleBook} turns each distinct spec into one POI cell style.
 */
public record StyleSpec(FontSpec font, HorizontalAlignment align, boolean wrap, boolean bordered,
                        IndexedColors fill, boolean quoted) {

    /** Unbordered text. */
    public static StyleSpec text(FontSpec font, HorizontalAlignment align, boolean wrap) {
        return new StyleSpec(font, align, wrap, false, null, false);
    }

    /** Text in the bordered table area. */
    public static StyleSpec cell(FontSpec font, HorizontalAlignment align) {
        return new StyleSpec(font, align, true, true, null, false);
    }

    /** This style with a fill colour. */
    public StyleSpec filled(IndexedColors colour) {
        return new StyleSpec(font, align, wrap, bordered, colour, quoted);
    }

    /** This style with a different font. */
    public StyleSpec withFont(FontSpec other) {
        return new StyleSpec(other, align, wrap, bordered, fill, quoted);
    }

    /** This style, quote-prefixed: text that would read as a formula stays text when edited. */
    public StyleSpec quotedText() {
        return new StyleSpec(font, align, wrap, bordered, fill, true);
    }
}
