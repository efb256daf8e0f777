package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;

/** A one-line Chinese account of what a case file holds, for people checking they passed the right one. */
final class CaseFileSummary {

    private CaseFileSummary() {
    }

    /** E.g. {@code 南通市崇川区（320602）：单位10个、人员16名、水源地3个、问题20个…}. */
    static String of(CaseFile file) {
        var jurisdiction = file.jurisdiction();
        String city = jurisdiction.city() == null ? "" : jurisdiction.city();
        return city + jurisdiction.name() + "（" + jurisdiction.code() + "）："
                + "单位" + file.units().size() + "个、"
                + "人员" + file.people().size() + "名、"
                + "水源地" + file.waterSources().size() + "个、"
                + "问题" + file.problems().size() + "个、"
                + "整改方案" + file.plans().size() + "套、"
                + "检查" + file.inspections().size() + "次、"
                + "佐证材料" + file.evidence().size() + "份、"
                + "月报" + file.monthlyReports().size() + "份、"
                + "工作总结" + file.summaryReports().size() + "份、"
                + "信息公开" + file.disclosures().size() + "次、"
                + "水质样品" + file.samples().size() + "个、"
                + "问责记录" + file.accountability().size() + "条";
    }
}
