package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.Ratio;

/** The one-line legend of every figure the disclosure shows, the same on the page and in the workbook. */
public final class DisclosureLegend {

    public static final String TOTAL = "截至统计日已排查发现的饮用水水源地环境问题数。";
    public static final String RECURRED = "整治后“回头看”发现问题再次出现；以最近一次“回头看”为准，已销号的也计入此类。";
    public static final String NOT_RECTIFIED = "最近一次“回头看”发现问题未整改到位；已销号的也计入此类。";
    public static final String DONE = "截至统计日已整改或已销号，且最近一次“回头看”未发现反弹或未整改到位。";
    public static final String RECTIFYING = "已开始整治、尚未完成。";
    public static final String OPEN = "尚未开始整治。";
    public static final String COMPLETION = "已完成整治问题数 ÷ 问题总数；反弹和未整改到位的问题不算已完成。";
    public static final String CLOSED = "截至统计日已销号的问题数，不论其后“回头看”结果如何，分为合规销号和违规销号。";
    public static final String COMPLIANT = "销号时满足全部销号条件（整治完成、佐证齐全、“回头看”确认未反弹等）。";
    public static final String IRREGULAR = "未满足销号条件即已销号（含销号后发现反弹），问题清单列明所缺条件。";
    public static final String CLOSE_OUT_COMPLIANCE = "合规销号数 ÷ 已销号数。";
    public static final String REPORT_RATE = "本月“回头看”情况月报已到报送期限的街道中，按期（报送期限当日及以前）报送的街道数 ÷ "
            + "应报送的街道数；分子与分母是同一批街道。";
    public static final String WATER_QUALITY = "本月最近一次监测的水质类别（地表水按GB 3838-2002，地下水按GB/T 14848-2017，"
            + "单因子评价）；Ⅲ类及以上为达到饮用水水源水质要求；超标倍数 =（监测值 − 标准限值）÷ 标准限值。";

    private DisclosureLegend() {
    }

    /** The legend, with why the figure reads {@code —} when it has no percentage. */
    public static String of(String legend, Ratio ratio) {
        return ratio.percent() == null ? legend + "本期显示“—”：" + ratio.reason() + "。" : legend;
    }

    /** A ratio as the page writes it: {@code 80.0%（8/10）}, or {@code —}. */
    public static String ratio(Ratio ratio) {
        return ratio.percent() == null ? "—" : ratio.text() + "（" + ratio.numerator() + "/" + ratio.denominator() + "）";
    }
}
