package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.SourceDisclosure;
import io.github.shuiyuan.report.SourceDisclosure.ZoneApproval;
import java.util.List;
import java.util.stream.Collectors;

/** The disclosure as one table, a row per source: the columns both the HTML page and the .xlsx print. */
public final class DisclosureTable {

    private DisclosureTable() {
    }

    /** The columns, in order. */
    public static List<Column<SourceDisclosure>> columns() {
        return List.of(
                Column.text("水源地", 24, SourceDisclosure::name),
                Column.centred("类型", 10, s -> s.kind().label()),
                Column.centred("状态", 8, s -> s.status().label()),
                Column.text("责任单位", 14, SourceDisclosure::responsibleUnit),
                Column.text("保护区划定", 36, s -> zones(s.zones())),
                Column.centred("问题总数", 10, s -> s.problems().total()),
                Column.centred("未整改", 8, s -> s.problems().open()),
                Column.centred("整改中", 8, s -> s.problems().rectifying()),
                Column.centred("已整改", 8, s -> s.problems().rectified()),
                Column.centred("已销号", 8, s -> s.problems().closed()),
                Column.centred("整改进度", 10, s -> Percent.text(s.progressPercent())),
                Column.centred("本月水质", 10, s -> s.quality().grade() == null ? "未监测" : s.quality().grade().label()),
                Column.centred("是否达标", 10, s -> QualityText.yesNo(s.quality().compliant())),
                Column.centred("月报报送率", 12, s -> s.completeness().reported() + "/" + s.completeness().subDistricts()
                        + "（" + Percent.text(s.completeness().reportedPercent()) + "）"),
                Column.centred("销号佐证完整率", 14, s -> s.completeness().closedWithPhotos() + "/"
                        + s.completeness().closedProblems() + "（" + Percent.text(s.completeness().evidencePercent()) + "）"));
    }

    private static String zones(List<ZoneApproval> zones) {
        return zones.stream().map(DisclosureTable::zone).collect(Collectors.joining("；"));
    }

    private static String zone(ZoneApproval zone) {
        if (!zone.approved()) {
            return zone.level().label() + "：未批复";
        }
        return zone.level().label() + "：已批复（" + zone.approvalDocument() + "，" + ChineseDates.format(zone.approvedOn()) + "）";
    }
}
