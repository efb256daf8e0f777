package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.Campaign;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.report.Ratio;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 月报报送率 of a period as of D: of the sub-districts that owe the period's monthly report (the relevant
 * sub-districts RPT-01 expects one from), counted only once the report was due on or before D, those whose report
 * arrived by its due day. Numerator and denominator are the same set of units.
 */
final class ReportRate {

    private ReportRate() {
    }

    static Ratio of(CaseFile caseFile, YearMonth period, LocalDate asOf) {
        Campaign campaign = caseFile.campaign();
        if (campaign == null || campaign.firstReportPeriod() == null || campaign.reportDueDay() == null) {
            return Ratio.of(0, 0, "案卷未载明月报报送日历");
        }
        YearMonth last = campaign.effectiveLastReportPeriod();
        if (period.isBefore(campaign.firstReportPeriod()) || last != null && period.isAfter(last)) {
            return Ratio.of(0, 0, period.getMonthValue() + "月不在月报报送期内");
        }
        LocalDate due = campaign.reportDueOn(period);
        if (due.isAfter(asOf)) {
            return Ratio.of(0, 0, "本月月报应于" + ChineseDates.format(due) + "前报送，截至统计日尚未到期");
        }
        List<String> owing = owing(caseFile, asOf);
        int onTime = (int) owing.stream().filter(unitId -> arrivedBy(caseFile, unitId, period, due)).count();
        return Ratio.of(onTime, owing.size(), "无应报送月报的街道");
    }

    /** The relevant sub-districts: responsible for a source in use or on standby, or for a problem that exists on D. */
    private static List<String> owing(CaseFile caseFile, LocalDate asOf) {
        Set<String> responsible = new HashSet<>();
        caseFile.waterSources().stream().filter(WaterSource::isActive).forEach(s -> responsible.add(s.responsibleUnitId()));
        caseFile.problems().stream().filter(p -> !p.identifiedOn().isAfter(asOf)).forEach(p -> responsible.add(p.responsibleUnitId()));
        return caseFile.units().stream().filter(Unit::isSubDistrict).map(Unit::id).filter(responsible::contains).toList();
    }

    private static boolean arrivedBy(CaseFile caseFile, String unitId, YearMonth period, LocalDate due) {
        return caseFile.monthlyReports().stream()
                .anyMatch(r -> unitId.equals(r.unitId()) && period.equals(r.period()) && r.submittedOn() != null
                        && !r.submittedOn().isAfter(due));
    }
}
