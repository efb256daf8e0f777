package io.github.shuiyuan.report.internal;

/** Small text helpers for reading forms people typed into. */
final class Texts {

    private Texts() {
    }

    /** Whether the text is null, empty or only white space (including the ideographic space). */
    static boolean isBlank(String text) {
        return text == null || strip(text).isEmpty();
    }

    /** The text without surrounding white space, the ideographic space included. */
    static String strip(String text) {
        return text == null ? "" : text.replace('\u3000', ' ').strip();
    }

    /** A header as compared: without any white space or quote marks (“回头看”情况 = "回头看"情况). */
    static String headerKey(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000\"'“”‘’＂]", "");
    }

    /**
     * The value after a label such as {@code 填报单位（盖章）：}: the text after its first colon when it
     * starts with {@code keyword}, else the whole text.
     */
    static String afterLabel(String text, String keyword) {
        String stripped = strip(text);
        if (!stripped.startsWith(keyword)) {
            return stripped;
        }
        int colon = indexOfColon(stripped);
        return colon < 0 ? strip(stripped.substring(keyword.length())) : strip(stripped.substring(colon + 1));
    }

    private static int indexOfColon(String text) {
        int full = text.indexOf('：');
        int half = text.indexOf(':');
        if (full < 0) {
            return half;
        }
        return half < 0 ? full : Math.min(full, half);
    }

    /** The most characters of a found text a message quotes. */
    private static final int QUOTED_MAX = 60;

    /** A text short enough to quote: its first 60 characters and how long it is, or the whole when shorter. */
    static String abbreviate(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= QUOTED_MAX) {
            return text == null ? "" : text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTED_MAX)) + "…（共" + text.length() + "个字符）";
    }

    /** Quotes a found value for a message: “…”, or （空） for nothing. */
    static String quoted(String text) {
        return isBlank(text) ? "（空）" : "“" + text + "”";
    }
}
