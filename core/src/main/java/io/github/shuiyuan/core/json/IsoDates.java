package io.github.shuiyuan.core.json;

import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;

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
    static @Nullable LocalDate date(String text) {
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
    static @Nullable OffsetDateTime instant(String text) {
        OffsetDateTime plain = plainInstant(text);
        if (plain != null) {
            return plain;
        }
        try {
            return INSTANT.parse(text, OffsetDateTime::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The month {@code text} spells ({@code 2018-06}), or null. */
    static @Nullable YearMonth month(String text) {
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

    /**
     * The instant {@code text} spells when it has the plain form {@code yyyy-MM-ddTHH:mm:ss} with an offset
     * {@code Z} or {@code ±HH:MM} (other than {@code -00:00}) and every field is in range, read without the
     * formatter; null for anything else, which the formatter then judges.
     */
    static @Nullable OffsetDateTime plainInstant(String text) {
        int n = text.length();
        if ((n != 20 && n != 25) || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || !startsWithPlainDate(text)) {
            return null;
        }
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        ZoneOffset offset;
        char sign = text.charAt(19);
        if (n == 20) {
            if (sign != 'Z') {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else {
            int hours = digits(text, 20, 22);
            int minutes = digits(text, 23, 25);
            if ((sign != '+' && sign != '-') || text.charAt(22) != ':' || hours < 0 || hours > 17 || minutes < 0
                    || minutes > 59 || sign == '-' && hours == 0 && minutes == 0) {
                return null;
            }
            offset = sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        }
        return OffsetDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), hour, minute, second, 0,
                offset);
    }

    /** Whether {@code text} is a date {@code yyyy-MM-dd} that exists, judged without the formatter. */
    static boolean isPlainDate(String text) {
        return text.length() == 10 && startsWithPlainDate(text);
    }

    /** Whether the first ten characters of {@code text} are a date {@code yyyy-MM-dd} that exists. */
    private static boolean startsWithPlainDate(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
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
