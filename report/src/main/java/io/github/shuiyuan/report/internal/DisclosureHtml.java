package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.SourceDisclosure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The disclosure as one self-contained HTML page (inline style, no scripts, no links), every text escaped. */
public final class DisclosureHtml {

    private static final String STYLE = "body{font-family:\"仿宋_GB2312\",\"FangSong\",serif;margin:2em;}"
            + "h1{font-family:\"方正小标宋简体\",\"SimSun\",serif;font-size:1.6em;text-align:center;}"
            + "table{border-collapse:collapse;width:100%;}th,td{border:1px solid #888;padding:4px 6px;}"
            + "th{font-family:\"黑体\",\"SimHei\",sans-serif;background:#eee;}td.n{text-align:center;}";

    private DisclosureHtml() {
    }

    /** Writes the page as UTF-8 to {@code out} (left open). */
    public static void write(DisclosurePage page, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        w.write(escape(page.title()));
        w.write("</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<h1>");
        w.write(escape(page.title()));
        w.write("</h1>\n<p>统计截至" + escape(ChineseDates.format(page.asOf())) + "，共" + page.sources().size()
                + "个集中式饮用水水源地。</p>\n<table>\n<thead><tr>");
        List<Column<SourceDisclosure>> columns = DisclosureTable.columns();
        for (Column<SourceDisclosure> column : columns) {
            w.write("<th>" + escape(column.title()) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (SourceDisclosure source : page.sources()) {
            w.write("<tr>");
            for (Column<SourceDisclosure> column : columns) {
                Object value = column.value().apply(source);
                String cls = column.style().apply(source) == Column.CENTER ? " class=\"n\"" : "";
                w.write("<td" + cls + ">" + escape(value == null ? "" : value.toString()) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</body>\n</html>\n");
        w.flush();
    }

    /** The text with {@code & < > " '} escaped for HTML content and attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
