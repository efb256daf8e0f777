package io.github.shuiyuan.examples.generate;

import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.UnitType;
import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.core.reporting.ReportChannel;
import io.github.shuiyuan.core.reporting.SummaryReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything recorded about one generated sub-district: the unit, its leader in charge and responsible
 * person, its monthly reports (now and then missing, late or not copied), its summary, and for some an
 * earlier criticism for slow progress.
 */
record SubDistrictRecords(Unit unit, List<Person> people, List<MonthlyReport> monthlyReports,
                          SummaryReport summaryReport, List<AccountabilityRecord> accountability) {

    /** The records of sub-district {@code index} (0-based). */
    static SubDistrictRecords of(Province province, int index) {
        Draw draw = new Draw(province.seed, 2, index);
        String id = Province.subDistrictId(index);
        String place = Province.place(index);
        Unit unit = new Unit(id, place.substring(place.indexOf('市') + 1) + "第" + (index + 1) + "街道", UnitType.SUB_DISTRICT, null);
        List<Person> people = List.of(
                new Person(Province.leaderId(index), "领导" + (index + 1), id, "分管领导", "0513-8xxxxxxx"),
                new Person(Province.responsibleId(index), "责任人" + (index + 1), id, "责任人", "0513-8xxxxxxx"));
        List<MonthlyReport> reports = new ArrayList<>();
        for (YearMonth period : Province.periods()) {
            if (!draw.chance(5)) {
                List<String> copiedTo = draw.chance(5) ? List.of(Province.EPB) : List.of(Province.EPB, Province.HOUSING);
                reports.add(new MonthlyReport("MR-" + period + "-" + id, id, period, period.atDay(draw.between(12, 24)),
                        ReportChannel.EGOV_INTRANET, copiedTo));
            }
        }
        String firstBeforePhoto = "EV-" + String.format("PRB-%06d", index * Province.SOURCES_PER_SUB_DISTRICT
                * SourceRecords.PROBLEMS + 1) + "-B";
        SummaryReport summary = new SummaryReport("SR-" + id, id, draw.dayFrom(LocalDate.of(2018, 12, 1), 8),
                List.of(Province.EPB, Province.HOUSING), draw.chance(90) ? List.of(firstBeforePhoto) : List.of());
        List<AccountabilityRecord> accountability = index % 7 == 0
                ? List.of(new AccountabilityRecord("ACC-" + id, id, Province.responsibleId(index),
                        AccountabilityMeasure.CIRCULATED_CRITICISM, AccountabilityReason.SLOW_PROGRESS,
                        LocalDate.of(2018, 8, 1), "7月整改进展缓慢"))
                : List.of();
        return new SubDistrictRecords(unit, people, reports, summary, accountability);
    }
}
