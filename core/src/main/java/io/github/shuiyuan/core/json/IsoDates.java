package io.github.shuiyuan.core.json;

import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The case file's dates, instants and months in ISO form, read strictly: a month 13 or a 30 February is no date.
 * The plain forms ({@code 2018-06-20}, {@code 2018-06}) are read by hand — a case file has hundreds of thousands
 * of dates and a formatter's parse builds a map per date; anything else goes to the strict formatter, which
 * accepts or refuses it with its own reason (the hand-read path only ever says yes to what the formatter says
 * yes to).
 */
final class IsoDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    /** The date {@code text} spells, or null when it is no ISO date that exists. */
    static LocalDate date(String text) {
        if (isPlainDate(text)) {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }
        try {
            return DATE.parse(text, LocalDate::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The instant with offset {@code text} spells ({@code 2018-06-20T09:30:00+08:00}), or null. */
    static OffsetDateTime instant(String text) {
        try {
            return INSTANT.parse(text, OffsetDateTime::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The month {@code text} spells ({@code 2018-06}), or null. */
    static YearMonth month(String text) {
        if (text.length() == 7 && text.charAt(4) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            if (year >= 0 && month >= 1 && month <= 12) {
                return YearMonth.of(year, month);
            }
        }
        try {
            return MONTH.parse(text, YearMonth::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether {@code text} is a date {@code yyyy-MM-dd} that exists, judged without the formatter. */
    static boolean isPlainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    /** The number the ASCII digits of {@code text[from, to)} spell, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
