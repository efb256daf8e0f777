package io.github.shuiyuan.report.internal;

/**
 * A font as a government form names it: family name, size in points, bold.
 *
 * <p>The names are the ones GB/T 9704 documents use: 方正小标宋简体 for titles, 黑体 for headings,
 * 仿宋_GB2312 for body text. A cell can name only one font; where the named font is not installed,
 * Excel, WPS and LibreOffice substitute by the GB2312 character set every font here declares (on
 * Windows that is 宋体). {@link #TITLE_FALLBACK} is the name to choose instead when a reader must get
 * an installed font by name.
 */
public record FontSpec(String name, short points, boolean bold) {

    /** Titles (小标宋). */
    public static final String TITLE_FONT = "方正小标宋简体";
    /** The title font to name where 方正小标宋简体 cannot be assumed. */
    public static final String TITLE_FALLBACK = "宋体";
    /** Headings and table headers. */
    public static final String HEADING_FONT = "黑体";
    /** Body text. */
    public static final String BODY_FONT = "仿宋_GB2312";

    /** A regular font of this name and size. */
    public static FontSpec plain(String name, int points) {
        return new FontSpec(name, (short) points, false);
    }

    /** A bold font of this name and size. */
    public static FontSpec bold(String name, int points) {
        return new FontSpec(name, (short) points, true);
    }
}
