package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.Labeled;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the values of ledger cells the many ways district offices write them — labels and their common synonyms
 * (from {@code ledger-words.csv}), deadlines to the day or the month, percentages as {@code 30%}, {@code 30} or a
 * percent-formatted 0.3, completion dates inside a sentence — and records an error naming the cell, with the
 * expected and found values, for anything it cannot read. Each method returns empty for a blank cell or an error.
 */
final class LedgerValues {

    /** The 备注 phrase the export writes for an extension in force ({@link LedgerColumns#extensionRemark}). */
    static final String EXTENDED_TO = "已延期至";
    /** A date to the day: 2018年11月15日, 2018年11月15号, 2018-11-15, 2018/11/15, 2018.11.15. */
    static final String DAY = "(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]|[-/.．](\\d{1,2})[-/.．](\\d{1,2})(?!\\d))";
    private static final Pattern DAY_PATTERN = Pattern.compile(DAY);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月(?:底|末|份)?|[-/.．](\\d{1,2}))");
    private static final Pattern NO_DATE = Pattern.compile("立即整改|立行立改|已完成|已整改|长期坚持|长期");
    private static final Pattern COMPLETED = Pattern.compile(
            "(?:完成(?:整治|整改)?(?:时间|日期)\\s*[：:为]?\\s*(" + DAY + "))|(?:(" + DAY + ")\\s*(?:前)?(?:已|全面|基本)?(?:整治|整改)?完成)");
    private static final Pattern EXTENDED = Pattern.compile("[；;，,\\s]*" + EXTENDED_TO + "\\s*" + DAY + "[；;，,\\s]*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<String, Map<String, String>> WORDS = words();

    /** A category read from 问题类型, and the word to keep in the description when it was mapped to OTHER. */
    record CategoryWord(ProblemCategory category, String keptWord) {
    }

    /** A deadline read from 计划完成整治时间: {@code monthOnly} for {@code 2018年11月} (its last day). */
    record Deadline(LocalDate date, boolean monthOnly) {

        /** Whether it names {@code other}: the same day, or for a month the same month. */
        boolean names(LocalDate other) {
            return other != null && (monthOnly ? YearMonth.from(date).equals(YearMonth.from(other)) : date.equals(other));
        }
    }

    private final List<FormError> errors;

    LedgerValues(List<FormError> errors) {
        this.errors = errors;
    }

    /** 序号: a whole number. */
    Optional<Integer> serial(LedgerCell cell) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        BigDecimal number = cell.number() != null ? cell.number() : decimal(cell.stripped());
        try {
            if (number != null && number.signum() > 0) {
                return Optional.of(number.intValueExact());
            }
        } catch (ArithmeticException e) {
            // not a whole number: told below
        }
        return fail(cell, FormErrorCode.SERIAL_NOT_INTEGER, "正整数", "序号须为正整数");
    }

    /** 水源地类别. */
    Optional<AdminLevel> adminLevel(LedgerCell cell) {
        return word(cell, "level", AdminLevel.class, FormErrorCode.SOURCE_LEVEL_UNKNOWN, "地级、县级、乡镇级");
    }

    /** 保护区类型. */
    Optional<ZoneLevel> zone(LedgerCell cell) {
        return word(cell, "zone", ZoneLevel.class, FormErrorCode.ZONE_UNKNOWN, "一级保护区、二级保护区、准保护区");
    }

    /** 问题类型, by label, code or a common synonym. */
    Optional<CategoryWord> category(LedgerCell cell) {
        String allowed = Arrays.stream(ProblemCategory.values()).map(ProblemCategory::label).collect(Collectors.joining("、"));
        return word(cell, "category", ProblemCategory.class, FormErrorCode.CATEGORY_UNKNOWN, allowed)
                .map(c -> new CategoryWord(c, c == ProblemCategory.OTHER && !cell.stripped().equals(c.label())
                        && !cell.stripped().equals(c.name()) ? cell.stripped() : null));
    }

    /** 计划完成整治时间: a day, a month (its last day), or a phrase that names no date (empty). */
    Optional<Deadline> deadline(LedgerCell cell) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        if (cell.date() != null) {
            return Optional.of(new Deadline(cell.date(), false));
        }
        String text = cell.stripped();
        Optional<LocalDate> day = wholeDay(text);
        if (day.isPresent()) {
            return Optional.of(new Deadline(day.get(), false));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            try {
                int m = Integer.parseInt(month.group(2) != null ? month.group(2) : month.group(3));
                return Optional.of(new Deadline(YearMonth.of(Integer.parseInt(month.group(1)), m).atEndOfMonth(), true));
            } catch (DateTimeException e) {
                // an impossible month: told below
            }
        }
        if (NO_DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        return fail(cell, FormErrorCode.DEADLINE_FORMAT, "2018年11月30日、2018年11月、2018-11-30或“立即整改”",
                "计划完成整治时间须为日期（如2018年11月30日或2018年11月）");
    }

    /** 是否完成整治: true for 是, false for 否. */
    Optional<Boolean> done(LedgerCell cell) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.stripped();
        if (text.equals(LookBackTemplate.YES) || text.equals(LookBackTemplate.NO)) {
            return Optional.of(text.equals(LookBackTemplate.YES));
        }
        return fail(cell, FormErrorCode.DONE_NOT_YES_NO, "是或否", "是否完成整治须填“是”或“否”");
    }

    /** 整治进度（%）: 0–100, from {@code 30%}, {@code 30}, or 0.3 in a percent-formatted cell. */
    Optional<BigDecimal> progress(LedgerCell cell) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        BigDecimal value;
        if (cell.number() != null) {
            value = cell.percent() ? cell.number().movePointRight(2) : cell.number();
        } else {
            String text = cell.stripped();
            boolean percent = text.endsWith("%") || text.endsWith("％");
            value = decimal(percent ? text.substring(0, text.length() - 1).strip() : text);
        }
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            return fail(cell, FormErrorCode.PROGRESS_FORMAT, "0至100之间的百分数（如30%或30）", "整治进度须为0至100之间的百分数");
        }
        return Optional.of(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
    }

    /** A completion date written in a sentence, {@code 已于2018年9月1日完成} or {@code 完成时间：2018年9月1日}. */
    static Optional<LocalDate> completionDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = COMPLETED.matcher(withoutExtension(text));
        while (m.find()) {
            Optional<LocalDate> day = wholeDay(m.group(1) != null ? m.group(1) : m.group(7));
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** 备注 without the phrases the export itself writes there ({@code 已延期至2018年9月30日}); null when nothing is left. */
    static String remarks(String text) {
        String rest = Texts.strip(withoutExtension(text));
        return rest.isEmpty() ? null : rest;
    }

    private static String withoutExtension(String text) {
        return text == null ? "" : EXTENDED.matcher(text).replaceAll(" ");
    }

    /** The date a whole text names to the day; empty when it is not one (or no real day). */
    static Optional<LocalDate> wholeDay(String text) {
        Matcher m = DAY_PATTERN.matcher(Texts.strip(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            boolean chinese = m.group(2) != null;
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(chinese ? m.group(2) : m.group(4)), Integer.parseInt(chinese ? m.group(3) : m.group(5))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first date to the day anywhere in a text (a title's {@code （2018年7月20日）}). */
    static Optional<LocalDate> firstDay(String text) {
        Matcher m = DAY_PATTERN.matcher(text == null ? "" : text);
        while (m.find()) {
            Optional<LocalDate> day = wholeDay(m.group());
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private <E extends Enum<E> & Labeled> Optional<E> word(LedgerCell cell, String kind, Class<E> type,
                                                          FormErrorCode code, String allowed) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.stripped();
        Optional<E> value = Labeled.fromText(type, text);
        if (value.isEmpty()) {
            value = Optional.ofNullable(WORDS.getOrDefault(kind, Map.of()).get(text)).map(c -> Labeled.fromCode(type, c));
        }
        if (value.isPresent()) {
            return value;
        }
        return fail(cell, code, allowed, code.label() + "（可填：" + allowed + "）");
    }

    private <T> Optional<T> fail(LedgerCell cell, FormErrorCode code, String expected, String message) {
        errors.add(FormError.of(cell.ref(), code, expected, cell.stripped(), message + "，台账填的是" + Texts.quoted(cell.stripped()) + "。"));
        return Optional.empty();
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.replace('．', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Map<String, String>> words() {
        Map<String, Map<String, String>> table = new HashMap<>();
        for (String[] row : ResourceTable.rows(LedgerValues.class, "ledger-words.csv")) {
            table.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1], row[2]);
        }
        return table;
    }
}
