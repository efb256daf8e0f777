package io.github.shuiyuan.core.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error as district staff read it: the parser's English message turned into a Chinese sentence
 * (a missing comma, an unclosed object, a stray bracket …), and the English one cleaned of the parser's
 * internal source notes. Messages the parser may word differently in a later version fall back to a generic
 * sentence with the English detail; the error code stays {@code MALFORMED_JSON} either way.
 */
final class JsonSyntax {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern START = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern SOURCE_NOTE = Pattern.compile("Source: REDACTED \\([^)]*\\); ");
    private static final String A_VALUE = "字符串、数字、数组、对象、true、false 或 null";

    private JsonSyntax() {
    }

    /** The English detail without the parser's notes about where its input came from. */
    static String english(String message) {
        return SOURCE_NOTE.matcher(message).replaceAll("");
    }

    /** The Chinese sentence for a parser message. */
    static String chinese(String message) {
        Matcher character = CHARACTER.matcher(message);
        if (character.find()) {
            return unexpectedCharacter(shown(character.group(1), Integer.parseInt(character.group(2))), message);
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return "无法识别的内容“" + token.group(1) + "”，此处应为" + A_VALUE;
        }
        Matcher close = CLOSE.matcher(message);
        if (close.find()) {
            return "多余的“" + close.group(1) + "”：" + opened(message, close.group(2).equals("]") ? "数组" : "对象")
                    + "应以“" + close.group(2) + "”结束";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return endOfInput(message);
        }
        Matcher control = CONTROL.matcher(message);
        if (control.find()) {
            return "字符串中有未转义的控制字符（代码" + control.group(1) + "），须写成反斜杠转义（如 \\n）";
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "同一对象中字段“" + duplicate.group(1) + "”出现了两次，每个字段只能写一次";
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return "数字格式无效：不允许以0开头（如 007）";
        }
        if (message.startsWith("Non-standard token")) {
            return "数字格式无效：JSON不允许NaN或Infinity";
        }
        return "JSON语法错误（" + english(message) + "）";
    }

    private static String unexpectedCharacter(String shown, String message) {
        if (message.contains("was expecting comma to separate Object entries")) {
            return "“" + shown + "”之前缺少逗号：对象的字段之间应以逗号分隔";
        }
        if (message.contains("was expecting comma to separate Array entries")) {
            return "“" + shown + "”之前缺少逗号：数组的元素之间应以逗号分隔";
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return "此处应为带双引号的字段名，却是“" + shown + "”";
        }
        if (message.contains("was expecting a colon to separate field name and value")) {
            return "字段名之后应为冒号，却是“" + shown + "”";
        }
        if (message.contains("expected a valid value")) {
            return "此处应为" + A_VALUE + "，却是“" + shown + "”";
        }
        return "意外的字符“" + shown + "”";
    }

    private static String endOfInput(String message) {
        if (message.contains("close marker for Object") || message.contains("between Object entries")) {
            return "文件在" + opened(message, "对象") + "结束前就结束了，缺少“}”";
        }
        if (message.contains("close marker for Array") || message.contains("between Array entries")) {
            return "文件在" + opened(message, "数组") + "结束前就结束了，缺少“]”";
        }
        if (message.contains("closing quote for a String") || message.contains("VALUE_STRING")) {
            return "文件在字符串结束前就结束了，缺少结尾的双引号";
        }
        return "文件意外结束，JSON不完整";
    }

    /** "第2行第18列开始的对象", or just "对象" when the message does not say where it started. */
    private static String opened(String message, String what) {
        Matcher start = START.matcher(message);
        return start.find() ? "第" + start.group(1) + "行第" + start.group(2) + "列开始的" + what : what;
    }

    /** A character as a person sees it; control characters and spaces by name. */
    private static String shown(String character, int code) {
        if (code < 0x20 || code == 0x7f) {
            return "控制字符（代码" + code + "）";
        }
        return code == ' ' ? "空格" : character;
    }
}
