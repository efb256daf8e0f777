package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The month a form reports (the period the district checks it for) and the date D its facts are compared at.
 * A form is dated in its period or the month after (a late report); D is the later of its 填报时间 and the
 * submission of the unit's monthly report for the period when the case file records one, so that dating a form
 * a day before a relapse does not hide the relapse.
 */
final class FilingPeriod {

    private final YearMonth period;

    FilingPeriod(YearMonth period) {
        this.period = Objects.requireNonNull(period, "period");
    }

    /** Reports {@code FILLED_ON_OUTSIDE_PERIOD} at {@code ref} when {@code filledOn} is outside the period and the month after. */
    void check(LocalDate filledOn, String ref, List<FormError> errors) {
        LocalDate first = period.atDay(1);
        LocalDate last = period.plusMonths(1).atEndOfMonth();
        if (filledOn.isBefore(first) || filledOn.isAfter(last)) {
            String window = ChineseDates.format(first) + "至" + ChineseDates.format(last);
            errors.add(FormError.of(ref, FormErrorCode.FILLED_ON_OUTSIDE_PERIOD, window, ChineseDates.format(filledOn),
                    "填报时间" + ChineseDates.format(filledOn) + "不在报告期" + month(period) + "及次月（" + window + "）内："
                            + (filledOn.isBefore(first) ? "表格不能早于报告期填报。" : "表格最迟在报告期的次月报送。")));
        }
    }

    /**
     * D: the later of {@code filledOn} (null when unreadable) and the recorded submission of the unit's report
     * for the period (the latest, when more than one is recorded); empty when neither is known.
     */
    Optional<LocalDate> comparedOn(LocalDate filledOn, String unitId, CaseFile caseFile) {
        Optional<LocalDate> submitted = submittedOn(unitId, caseFile);
        if (filledOn == null) {
            return submitted;
        }
        return Optional.of(submitted.filter(filledOn::isBefore).orElse(filledOn));
    }

    /** The recorded submission of the unit's monthly report for the period, the latest when there are several. */
    Optional<LocalDate> submittedOn(String unitId, CaseFile caseFile) {
        return caseFile.monthlyReports().stream()
                .filter(r -> unitId.equals(r.unitId()) && period.equals(r.period()))
                .map(MonthlyReport::submittedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo);
    }

    /** {@code 2018年11月}. */
    static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
