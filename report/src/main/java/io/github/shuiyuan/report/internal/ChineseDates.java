package io.github.shuiyuan.report.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese forms write them: {@code 2018年6月20日}, no leading zeros. */
public final class ChineseDates {

    private static final Pattern DATE = Pattern.compile("\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*");

    private ChineseDates() {
    }

    /** {@code 2018年6月20日}; empty for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The date a text such as {@code 2018年6月20日} names; empty when it names none (or no real day). */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
