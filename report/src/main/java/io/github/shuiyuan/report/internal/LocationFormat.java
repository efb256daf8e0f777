package io.github.shuiyuan.report.internal;

import java.util.regex.Pattern;

/**
 * The 所在地 form of the look-back form's note 2, {@code XX市XX县}: Han characters only, no 省, a
 * prefecture-level name ending in 市, 自治州, 地区 or 盟, then a county-level name ending in 县, 区, 市 or 旗
 * ({@code 南通市崇川区}, {@code 恩施土家族苗族自治州来凤县}).
 *
 * <p>To be unified with {@code io.github.shuiyuan.rules.fact.LocationFormat}, which rule FMT-01 uses.
 */
public final class LocationFormat {

    private static final Pattern FORM = Pattern.compile("\\p{IsHan}+?(?:市|自治州|地区|盟)\\p{IsHan}+?(?:县|区|市|旗)");

    private LocationFormat() {
    }

    /** Whether {@code location} is, as a whole, of the form XX市XX县. */
    public static boolean isValid(String location) {
        return location != null && !location.contains("省") && FORM.matcher(location).matches();
    }
}
