package io.github.shuiyuan.examples.generate;

import io.github.shuiyuan.core.Campaign;
import io.github.shuiyuan.core.Jurisdiction;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.UnitType;
import io.github.shuiyuan.core.reporting.Disclosure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame of a generated province: a 2018 campaign like that of 崇川政办发〔2018〕40号, the district offices that receive
 * reports, and how sources, sub-districts and people are numbered and named. Five sources share a sub-district.
 */
final class Province {

    /** The campaign runs from May to November 2018; this is a date after its summary was due. */
    static final LocalDate AS_OF = LocalDate.of(2018, 12, 10);
    static final YearMonth FIRST_PERIOD = YearMonth.of(2018, 5);
    static final YearMonth LAST_PERIOD = YearMonth.of(2018, 11);
    static final LocalDate RECTIFICATION_DEADLINE = LocalDate.of(2018, 11, 30);
    static final LocalDate SUMMARY_DUE = LocalDate.of(2018, 12, 7);
    static final String OFFICE = "GOV-OFFICE";
    static final String EPB = "DEPT-EPB";
    static final String HOUSING = "DEPT-HOUSING";
    static final int SOURCES_PER_SUB_DISTRICT = 5;

    /** County-level places in the 所在地 form {@code XX市XX县}. */
    private static final List<String> PLACES = List.of("南通市崇川区", "南通市通州区", "南通市海安市", "南通市如东县",
            "苏州市吴江区", "苏州市常熟市", "无锡市宜兴市", "常州市溧阳市", "扬州市高邮市", "盐城市东台市",
            "徐州市沛县", "淮安市涟水县", "泰州市兴化市", "宿迁市泗洪县", "连云港市东海县", "镇江市句容市");

    final int sources;
    final long seed;

    Province(int sources, long seed) {
        this.sources = sources;
        this.seed = seed;
    }

    int subDistricts() {
        return (sources + SOURCES_PER_SUB_DISTRICT - 1) / SOURCES_PER_SUB_DISTRICT;
    }

    /** The sub-district responsible for source {@code source}. */
    static int subDistrictOf(int source) {
        return source / SOURCES_PER_SUB_DISTRICT;
    }

    static String subDistrictId(int subDistrict) {
        return String.format("SD-%04d", subDistrict + 1);
    }

    static String leaderId(int subDistrict) {
        return String.format("PER-%04d-L", subDistrict + 1);
    }

    static String responsibleId(int subDistrict) {
        return String.format("PER-%04d-R", subDistrict + 1);
    }

    static String sourceId(int source) {
        return String.format("WS-%05d", source + 1);
    }

    /** Where a sub-district and its sources lie. */
    static String place(int subDistrict) {
        return PLACES.get(subDistrict % PLACES.size());
    }

    /** The report and disclosure periods of the campaign, May to November 2018. */
    static List<YearMonth> periods() {
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth m = FIRST_PERIOD; !m.isAfter(LAST_PERIOD); m = m.plusMonths(1)) {
            periods.add(m);
        }
        return periods;
    }

    Jurisdiction jurisdiction() {
        return new Jurisdiction("320000", "江苏省（合成数据）", null);
    }

    Campaign campaign() {
        return new Campaign("JS-2018-SYN", "集中式饮用水水源地环境保护专项行动（合成数据）", "苏环办〔2018〕合成号",
                LocalDate.of(2018, 5, 1), FIRST_PERIOD, 22, RECTIFICATION_DEADLINE, SUMMARY_DUE, LAST_PERIOD,
                FIRST_PERIOD, OFFICE, List.of(EPB, HOUSING));
    }

    /** The offices every report goes to or is copied to. */
    List<Unit> offices() {
        return List.of(new Unit(OFFICE, "省人民政府办公厅", UnitType.GOVERNMENT_OFFICE, null),
                new Unit(EPB, "省环境保护厅", UnitType.DEPARTMENT, null),
                new Unit(HOUSING, "省住房和城乡建设厅", UnitType.DEPARTMENT, null));
    }

    /** One disclosure a month, most by the month's last day, a few days late now and then. */
    List<Disclosure> disclosures() {
        Draw draw = new Draw(seed, 3, 0);
        return periods().stream().map(m -> new Disclosure(m,
                        draw.chance(15) ? m.atEndOfMonth().plusDays(draw.between(1, 5)) : m.atDay(draw.between(24, 28)),
                        "https://example.org/yysyd/" + m + ".html"))
                .toList();
    }
}
