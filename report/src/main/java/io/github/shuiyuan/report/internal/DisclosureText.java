package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.DisclosedProblem;
import io.github.shuiyuan.report.SourceDisclosure.ZoneApproval;
import java.util.List;
import java.util.stream.Collectors;

/** The disclosure's texts that the page and the workbook both print: the problem list's columns and zone approvals. */
final class DisclosureText {

    /** The problem list's headers: the ledger's public columns, then the progress class and the close-out. */
    static final List<String> LIST_HEADERS = List.of("序号", "所在地", "水源地名称", "水源地类别", "保护区类型",
            "问题类型", "问题具体情况", "具体整治措施", "计划完成整治时间", "整治进展情况", "是否完成整治", "整治进度（%）",
            "整治进展类别", "销号情况");
    /** The index of the progress class among {@link #LIST_HEADERS}. */
    static final int PROGRESS_CLASS = 12;
    /** The index of the close-out among {@link #LIST_HEADERS}. */
    static final int CLOSE_OUT = 13;

    private DisclosureText() {
    }

    /** A problem's cells, in the order of {@link #LIST_HEADERS}. */
    static List<String> listRow(DisclosedProblem p) {
        return List.of(String.valueOf(p.serialNo()), p.location(), p.sourceName(), p.sourceClass(), p.zoneType(),
                p.problemType(), p.description(), p.measures(), p.deadline(), p.progressNotes(), p.done(),
                p.progressPercent() == null ? "" : p.progressPercent().stripTrailingZeros().toPlainString(),
                p.progressInWords(), p.closeOut());
    }

    /** The zones' approval: {@code 一级保护区：已批复（通政复〔2016〕12号，2016年5月10日）；二级保护区：未批复}. */
    static String zones(List<ZoneApproval> zones) {
        return zones.stream().map(DisclosureText::zone).collect(Collectors.joining("；"));
    }

    private static String zone(ZoneApproval zone) {
        if (!zone.approved()) {
            return zone.level().label() + "：未批复";
        }
        return zone.level().label() + "：已批复（" + zone.approvalDocument() + "，" + ChineseDates.format(zone.approvedOn()) + "）";
    }
}
