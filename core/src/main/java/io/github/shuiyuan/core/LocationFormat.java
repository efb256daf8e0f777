package io.github.shuiyuan.core;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 所在地 form of the look-back table (备注2: "按XX市XX县样式填报"): a prefecture-level name, then a
 * county-level name, and nothing else.
 *
 * <p>A valid location is written in Han characters only and never names a province (no 省). The
 * prefecture-level name ends in 市, 自治州, 地区 or 盟; the county-level name after it ends in 县, 区, 市
 * or 旗; each has at least one character before its ending. Valid: {@code 南通市崇川区},
 * {@code 恩施土家族苗族自治州来凤县}, {@code 阿拉善盟阿拉善左旗}, {@code 大兴安岭地区漠河市}. Not valid:
 * {@code 江苏省南通市崇川区} (province), {@code 南通市} (no county), {@code 南通崇川区} (no prefecture
 * ending), {@code 南通市崇川区和平路} (more than the form), anything with Latin letters, digits, spaces or
 * punctuation.
 *
 * <p>Used by the FMT-01 rule and by the look-back form's checker, so both judge a location the same way.
 *
 * <p>Static methods; thread-safe.
 */
public final class LocationFormat {

    private static final Pattern FORM = Pattern.compile(
            "\\p{IsHan}+?(?:市|自治州|地区|盟)\\p{IsHan}+?(?:县|区|市|旗)");

    private static final String PROVINCE = "省";

    private LocationFormat() {
    }

    /** Whether {@code location}, as a whole, is in the form {@code XX市XX县}; false for null. */
    public static boolean isValid(@Nullable String location) {
        return location != null && !location.contains(PROVINCE) && FORM.matcher(location).matches();
    }

    /** Whether {@code location} is absent, empty or only white space (a missing location, not a wrong one). */
    public static boolean isBlank(@Nullable String location) {
        return location == null || location.isBlank();
    }

    /** The form a valid location follows, for messages: {@code XX市XX县}. */
    public static String form() {
        return "XX市XX县";
    }
}
