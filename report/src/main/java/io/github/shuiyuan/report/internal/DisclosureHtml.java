package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.DisclosedProblem;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.ProgressCounts;
import io.github.shuiyuan.report.Ratio;
import io.github.shuiyuan.report.SourceDisclosure;
import io.github.shuiyuan.rules.ProblemProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The disclosure as one self-contained HTML page: inline style and an inline SVG chart, no scripts, no links,
 * every text escaped. Figures and sources are cards; the problem list is a table on a desk and stacked cards
 * below 600 px, so a phone never scrolls sideways; it prints on A4 landscape.
 */
public final class DisclosureHtml {

    private static final String STYLE = String.join("\n",
            "*{box-sizing:border-box}",
            "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}",
            "body{margin:0 auto;max-width:1280px;padding:12px 16px;font-family:\"仿宋_GB2312\",\"FangSong\",\"Noto Serif CJK SC\","
                    + "\"SimSun\",serif;font-size:16px;line-height:1.6;color:#1a1a1a;overflow-wrap:anywhere;word-break:break-word}",
            "h1{font-family:\"方正小标宋简体\",\"SimSun\",serif;font-size:1.5em;text-align:center;margin:.4em 0}",
            "h2{font-family:\"黑体\",\"SimHei\",sans-serif;font-size:1.15em;border-bottom:2px solid #2f6f9f;margin:1.2em 0 .5em}",
            "h3{font-family:\"黑体\",\"SimHei\",sans-serif;font-size:1.05em;margin:0 0 .3em}",
            ".meta{margin:.2em 0;text-align:center}.draft{color:#b00;font-weight:bold}",
            ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(240px,100%),1fr));gap:10px}",
            ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(340px,100%),1fr));gap:12px}",
            ".fig,.card{border:1px solid #bbb;border-radius:4px;padding:8px 10px;break-inside:avoid}",
            ".fig .v{font-size:1.3em;font-weight:bold;margin:0}.legend{font-size:.85em;color:#444;margin:.2em 0 0}",
            ".card p{margin:.25em 0}.counts{display:flex;flex-wrap:wrap;gap:4px 14px;margin:.3em 0;padding:0;list-style:none}",
            ".relapse{color:#b00;font-weight:bold}",
            "svg.chart{display:block;width:100%;max-width:520px;height:auto}",
            "table.list{border-collapse:collapse;width:100%;font-size:14px}",
            "table.list th,table.list td{border:1px solid #888;padding:4px 5px;vertical-align:top}",
            "table.list th{font-family:\"黑体\",\"SimHei\",sans-serif;background:#eee}",
            "@media (max-width:600px){",
            "body{padding:8px 10px}",
            "table.list,table.list tbody,table.list tr,table.list td{display:block;width:100%}",
            "table.list thead{display:none}",
            "table.list tr{border:1px solid #888;border-radius:4px;margin:0 0 12px;padding:4px 8px}",
            "table.list td{border:0;border-bottom:1px dotted #ccc;padding:3px 0}",
            "table.list td::before{content:attr(data-label)\"：\";font-weight:bold}",
            "}",
            "@page{size:A4 landscape;margin:12mm}",
            "@media print{body{max-width:none;padding:0;font-size:11pt}table.list{font-size:9pt}"
                    + "thead{display:table-header-group}tr,.fig,.card{break-inside:avoid}}");

    private DisclosureHtml() {
    }

    /** Writes the page as UTF-8 to {@code out} (left open). */
    public static void write(DisclosurePage page, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        w.write(escape(page.title()));
        w.write("</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n");
        header(w, page);
        totals(w, page);
        w.write("<section>\n<h2>各水源地整治完成率</h2>\n");
        w.write(CompletionChart.svg(page.sources()));
        w.write("<p class=\"legend\">" + escape(DisclosureLegend.COMPLETION) + "</p>\n</section>\n");
        sources(w, page);
        problems(w, page);
        w.write("<footer><p class=\"legend\">本页不含个人信息：人员姓名、手机号码、身份证号及公众监督电话以外的电话号码均以“"
                + PersonalData.MASK + "”代替。</p></footer>\n</body>\n</html>\n");
        w.flush();
    }

    private static void header(Writer w, DisclosurePage page) throws IOException {
        w.write("<header>\n<h1>" + escape(page.title()) + "</h1>\n");
        String published = page.draft() ? "<span class=\"draft\">草稿，未发布</span>"
                : "发布日期：" + escape(ChineseDates.format(page.publishedOn()));
        w.write("<p class=\"meta\">发布单位：" + escape(orNone(page.publisher().name())) + "　" + published
                + "　统计截至：" + escape(ChineseDates.format(page.asOf())) + "</p>\n");
        String phone = page.publisher().publicPhone() == null ? "发布单位未登记公众监督电话"
                : "公众监督电话：" + escape(page.publisher().publicPhone());
        w.write("<p class=\"meta\">" + phone + "</p>\n</header>\n");
    }

    private static void totals(Writer w, DisclosurePage page) throws IOException {
        DisclosurePage.Totals t = page.total();
        w.write("<section>\n<h2>总体情况（共" + page.sources().size() + "个水源地）</h2>\n<div class=\"grid\">\n");
        figure(w, "问题总数", t.progress().total() + "个", DisclosureLegend.TOTAL);
        figure(w, ProblemProgress.DONE.label(), t.progress().done() + "个", DisclosureLegend.DONE);
        figure(w, ProblemProgress.RECTIFYING.label(), t.progress().rectifying() + "个", DisclosureLegend.RECTIFYING);
        figure(w, ProblemProgress.OPEN.label(), t.progress().open() + "个", DisclosureLegend.OPEN);
        figure(w, ProblemProgress.RECURRED.label(), t.progress().recurred() + "个", DisclosureLegend.RECURRED);
        figure(w, ProblemProgress.NOT_RECTIFIED.label(), t.progress().notRectified() + "个", DisclosureLegend.NOT_RECTIFIED);
        ratio(w, "整治完成率", t.completion(), DisclosureLegend.COMPLETION);
        figure(w, "已销号", t.closeOuts().closed() + "个（合规" + t.closeOuts().compliant() + "个，违规"
                + t.closeOuts().irregular() + "个）", DisclosureLegend.CLOSED + DisclosureLegend.IRREGULAR);
        ratio(w, "销号合规率", t.closeOutCompliance(), DisclosureLegend.CLOSE_OUT_COMPLIANCE);
        ratio(w, "月报报送率", t.reportRate(), DisclosureLegend.REPORT_RATE);
        w.write("</div>\n</section>\n");
    }

    private static void ratio(Writer w, String name, Ratio ratio, String legend) throws IOException {
        figure(w, name, DisclosureLegend.ratio(ratio), DisclosureLegend.of(legend, ratio));
    }

    private static void figure(Writer w, String name, String value, String legend) throws IOException {
        w.write("<div class=\"fig\"><h3>" + escape(name) + "</h3><p class=\"v\">" + escape(value) + "</p><p class=\"legend\">"
                + escape(legend) + "</p></div>\n");
    }

    private static void sources(Writer w, DisclosurePage page) throws IOException {
        w.write("<section>\n<h2>各水源地情况</h2>\n<div class=\"cards\">\n");
        for (SourceDisclosure s : page.sources()) {
            w.write("<article class=\"card\">\n<h3>" + escape(s.name()) + "</h3>\n");
            w.write("<p>" + escape(s.kind().label() + "　" + LedgerColumns.sourceClass(s.adminLevel()) + "　"
                    + s.status().label()) + "</p>\n");
            w.write("<p>保护区：" + escape(DisclosureText.zones(s.zones())) + "</p>\n");
            w.write("<p>问题" + s.progress().total() + "个：</p>\n<ul class=\"counts\">" + counts(s.progress()) + "</ul>\n");
            w.write("<p>整治完成率：" + escape(DisclosureLegend.ratio(s.completion()))
                    + (s.completion().percent() == null ? "（" + escape(s.completion().reason()) + "）" : "") + "</p>\n");
            w.write("<p>已销号：" + s.closeOuts().closed() + "个（合规" + s.closeOuts().compliant() + "个，违规"
                    + s.closeOuts().irregular() + "个）</p>\n");
            w.write("<p>水质：" + escape(s.waterQuality()) + "</p>\n</article>\n");
        }
        w.write("</div>\n<p class=\"legend\">" + escape(DisclosureLegend.WATER_QUALITY) + "</p>\n</section>\n");
    }

    private static String counts(ProgressCounts c) {
        return List.of(ProblemProgress.DONE.label() + c.done(), ProblemProgress.RECTIFYING.label() + c.rectifying(),
                        ProblemProgress.OPEN.label() + c.open(), ProblemProgress.RECURRED.label() + c.recurred(),
                        ProblemProgress.NOT_RECTIFIED.label() + c.notRectified()).stream()
                .map(t -> "<li>" + t + "</li>").collect(Collectors.joining());
    }

    private static void problems(Writer w, DisclosurePage page) throws IOException {
        w.write("<section>\n<h2>问题清单（" + page.problems().size() + "个）</h2>\n");
        if (page.problems().isEmpty()) {
            w.write("<p>截至统计日无环境问题。</p>\n</section>\n");
            return;
        }
        w.write("<table class=\"list\">\n<thead><tr>");
        for (String header : DisclosureText.LIST_HEADERS) {
            w.write("<th scope=\"col\">" + escape(header) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (DisclosedProblem p : page.problems()) {
            List<String> cells = DisclosureText.listRow(p);
            w.write("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                String cls = flagged(p, i) ? " class=\"relapse\"" : "";
                w.write("<td data-label=\"" + escape(DisclosureText.LIST_HEADERS.get(i)) + "\"" + cls + ">" + escape(cells.get(i)) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    /** Whether the cell says something went wrong: a relapse in the progress class, a 违规销号 in the close-out. */
    private static boolean flagged(DisclosedProblem p, int column) {
        return column == DisclosureText.PROGRESS_CLASS && p.progress().isRelapse()
                || column == DisclosureText.CLOSE_OUT && p.closeOut().startsWith("违规");
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "（未登记）" : text;
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
