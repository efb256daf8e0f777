package io.github.shuiyuan.report.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Chinese forms write them: {@code 2018年6月20日}, no leading zeros, and as people type them into a
 * form: {@code 2018年12月10号}, {@code 2018-12-10}, {@code 2018/12/10}, {@code 2018.12.10}, {@code 2018.12.1},
 * full-width digits and spaces included. A date always has its year.
 */
public final class ChineseDates {

    /**
     * A date in any accepted spelling inside canonical text (see {@link FactText#canonical}), without groups so
     * that it can be part of a larger pattern; {@link #read} then tells the date.
     */
    static final String SPELLING = "\\d{4}(?:年\\d{1,2}月\\d{1,2}[日号]|[-/.]\\d{1,2}[-/.]\\d{1,2})";

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:年(\\d{1,2})月(\\d{1,2})[日号]|([-/.])(\\d{1,2})\\4(\\d{1,2}))");

    private ChineseDates() {
    }

    /** {@code 2018年6月20日}; empty for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The date a text such as {@code 2018年6月20日} or {@code 2018.6.20} names as a whole; empty when it names none. */
    public static Optional<LocalDate> parse(String text) {
        return read(text).flatMap(Reading::date);
    }

    /**
     * How the whole of {@code text} reads as a date: empty when it is not spelled as a date at all, else the
     * reading, whose date is empty when no such day exists ({@code 2018年2月30日}).
     */
    static Optional<Reading> read(String text) {
        Matcher m = DATE.matcher(FactText.canonical(text));
        return m.matches() ? Optional.of(reading(m)) : Optional.empty();
    }

    private static Reading reading(Matcher m) {
        boolean chinese = m.group(2) != null;
        String month = chinese ? m.group(2) : m.group(5);
        String day = chinese ? m.group(3) : m.group(6);
        try {
            return new Reading(m.group(), Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(month), Integer.parseInt(day))));
        } catch (DateTimeException e) {
            return new Reading(m.group(), Optional.empty());
        }
    }

    /** A date as written ({@code text}), and the day it names when there is one. */
    record Reading(String text, Optional<LocalDate> date) {
    }
}
