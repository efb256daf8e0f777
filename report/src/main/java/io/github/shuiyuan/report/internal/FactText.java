package io.github.shuiyuan.report.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as the form check compares facts: wording is free, so white space (line breaks, the ideographic space
 * included) is dropped and full-width forms become half-width ({@code （2018年7月20日）：} reads as
 * {@code (2018年7月20日):}, {@code ２０１８} as {@code 2018}). Chinese punctuation without a half-width twin
 * ({@code 。} {@code 、}) stays as it is.
 */
final class FactText {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private FactText() {
    }

    /** {@code text} as compared; empty for null. */
    static String canonical(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** Whether two texts say the same once compared as facts. */
    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }
}
