package io.github.shuiyuan.report.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, one per distinct {@link StyleSpec} and one font per distinct
 * {@link FontSpec}, created the first time they are asked for: never a style per cell (a workbook holds
 * at most 64,000 styles, an .xls 4,000).
 */
public final class StyleBook {

    private final Workbook workbook;
    private final Map<StyleSpec, CellStyle> styles = new HashMap<>();
    private final Map<FontSpec, Font> fonts = new HashMap<>();

    public StyleBook(Workbook workbook) {
        this.workbook = workbook;
    }

    /** The one cell style of this workbook for {@code spec}. */
    public CellStyle style(StyleSpec spec) {
        return styles.computeIfAbsent(spec, this::create);
    }

    /** How many cell styles this book has created. */
    public int size() {
        return styles.size();
    }

    private CellStyle create(StyleSpec spec) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font(spec.font()));
        style.setAlignment(spec.align());
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(spec.wrap());
        style.setQuotePrefixed(spec.quoted());
        if (spec.bordered()) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (spec.fill() != null) {
            style.setFillForegroundColor(spec.fill().getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> {
            Font font = workbook.createFont();
            font.setFontName(s.name());
            font.setFontHeightInPoints(s.points());
            font.setBold(s.bold());
            font.setCharSet(FontCharset.GB2312.getNativeId());
            return font;
        });
    }
}
