package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.SourceDisclosure;
import java.util.List;

/**
 * 整治完成率 per source as a small inline SVG bar chart: one row per source, its name above a bar on a 0–100 %
 * track, the percentage beside it (or {@code —} with the reason). It scales with the page's width.
 */
final class CompletionChart {

    private static final int WIDTH = 400;
    private static final int ROW = 46;
    private static final int TRACK = 320;
    private static final int MAX_LABEL = 26;

    private CompletionChart() {
    }

    static String svg(List<SourceDisclosure> sources) {
        int height = ROW * sources.size() + 8;
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"chart-title\">\n")
                .append("<title id=\"chart-title\">各水源地整治完成率</title>\n");
        for (int i = 0; i < sources.size(); i++) {
            row(svg, sources.get(i), i * ROW + 4);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void row(StringBuilder svg, SourceDisclosure source, int top) {
        String name = source.name().length() > MAX_LABEL ? source.name().substring(0, MAX_LABEL - 1) + "…" : source.name();
        svg.append("<text x=\"0\" y=\"").append(top + 14).append("\" font-size=\"14\">")
                .append(DisclosureHtml.escape(name)).append("</text>\n");
        svg.append("<rect x=\"0\" y=\"").append(top + 20).append("\" width=\"").append(TRACK)
                .append("\" height=\"16\" fill=\"#e6e6e6\"/>\n");
        if (source.completion().percent() != null) {
            int width = Math.round(source.completion().percent().floatValue() * TRACK / 100f);
            svg.append("<rect x=\"0\" y=\"").append(top + 20).append("\" width=\"").append(width)
                    .append("\" height=\"16\" fill=\"#2f6f9f\"/>\n");
        }
        String value = source.completion().percent() == null ? "—" : source.completion().text();
        svg.append("<text x=\"").append(TRACK + 6).append("\" y=\"").append(top + 33).append("\" font-size=\"13\">")
                .append(value).append("</text>\n");
    }
}
