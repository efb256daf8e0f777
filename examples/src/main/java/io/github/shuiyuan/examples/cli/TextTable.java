package io.github.shuiyuan.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal: a Chinese character takes two columns, so
 * widths are counted in display columns, not in characters. The last column is not padded.
 */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row; a null cell prints empty, a line break inside a cell prints as a space. */
    TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString().replaceAll("\\R", " ")).toList());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The header, a line of dashes under each column, then the rows; every line ends with a newline. */
    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, headers, widths);
        line(text, rule(widths), widths);
        rows.forEach(row -> line(text, row, widths));
        return text.toString();
    }

    /** Dashes under each column; under the last, unpadded one, only as wide as its header. */
    private List<String> rule(int[] widths) {
        List<String> dashes = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            dashes.add("-".repeat(i < widths.length - 1 ? widths[i] : width(headers.get(i))));
        }
        return dashes;
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - width(cell))).append(GAP);
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** Display columns of {@code text}: two for East Asian wide and full-width characters, none for combining marks. */
    static int width(String text) {
        return text.codePoints().map(TextTable::width).sum();
    }

    private static int width(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0x303E)
                || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
