package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.Campaign;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The as-of date D of an assessment, and the date arithmetic of the rule catalogue: "older than N
 * months before D", "within the N months before D", and the month window (the twelve calendar months
 * before D's month, starting no earlier than the campaign's first report period).
 *
 * <p>Immutable and thread-safe.
 */
public record AsOf(LocalDate date, List<YearMonth> monthWindow) {

    /** Months in the month window at most. */
    public static final int WINDOW_MONTHS = 12;

    public AsOf {
        monthWindow = List.copyOf(monthWindow);
    }

    /** The as-of date and its month window for a case file with this campaign (which may be null). */
    public static AsOf of(LocalDate date, @Nullable Campaign campaign) {
        YearMonth current = YearMonth.from(date);
        YearMonth start = current.minusMonths(WINDOW_MONTHS);
        if (campaign != null && campaign.firstReportPeriod() != null && campaign.firstReportPeriod().isAfter(start)) {
            start = campaign.firstReportPeriod();
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = start; m.isBefore(current); m = m.plusMonths(1)) {
            months.add(m);
        }
        return new AsOf(date, months);
    }

    /** D minus {@code months} months, clamped to the month's end as {@link LocalDate#minusMonths} does. */
    public LocalDate monthsBefore(int months) {
        return date.minusMonths(months);
    }

    /** Whether {@code day} is strictly before the date {@code months} months before D. */
    public boolean olderThan(LocalDate day, int months) {
        return day.isBefore(monthsBefore(months));
    }

    /** Whether {@code day} lies in the closed range [D − months, D]. */
    public boolean within(@Nullable LocalDate day, int months) {
        return day != null && !day.isBefore(monthsBefore(months)) && !day.isAfter(date);
    }

    /** Whether {@code day} is after D (an attribute dated in the future is unknown as of D). */
    public boolean isFuture(@Nullable LocalDate day) {
        return day != null && day.isAfter(date);
    }

    /**
     * The calendar-aligned sampling periods of {@code length} months that lie wholly inside the month
     * window, each named by its first month (periods start in months m with (m − 1) mod length = 0).
     */
    public List<YearMonth> periods(int length) {
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth m : monthWindow) {
            if ((m.getMonthValue() - 1) % length == 0 && monthWindow.contains(m.plusMonths(length - 1L))) {
                periods.add(m);
            }
        }
        return periods;
    }

    /** Whether {@code day} falls in the period of {@code length} months starting at {@code first}. */
    public static boolean inPeriod(LocalDate day, YearMonth first, int length) {
        YearMonth month = YearMonth.from(day);
        return !month.isBefore(first) && month.isBefore(first.plusMonths(length));
    }
}
