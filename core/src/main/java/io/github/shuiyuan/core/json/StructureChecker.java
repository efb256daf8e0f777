package io.github.shuiyuan.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shuiyuan.core.Labeled;
import io.github.shuiyuan.core.Required;
import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.ValidationError;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks a JSON tree against the record types of the domain and reports, all at once, every value of
 * the wrong type, every required field missing, every unknown field, enum text and impossible date.
 * Only a tree it passes is handed to data binding, so binding never fails on content.
 *
 * <p>It also notes how to {@linkplain #repair() repair} the tree — drop unknown fields, clear fields of
 * the wrong type or with impossible dates (required ones too: the content checks read an absent value as
 * unknown) — so that the content checks can still run and every error is reported at once. A tree with
 * a bad list element, or a top-level list of the wrong type, cannot be repaired.
 */
final class StructureChecker {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    /** A record component as the checks need it: name, declared type, whether it is {@link Required}. */
    private record Component(String name, Type type, boolean required) {
    }

    /** Each record type's components by name, looked up once: reflection is slow and a case file has many records. */
    private static final ClassValue<Map<String, Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Component> computeValue(Class<?> type) {
            Map<String, Component> byName = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                byName.put(c.getName(), new Component(c.getName(), c.getGenericType(), c.isAnnotationPresent(Required.class)));
            }
            return Collections.unmodifiableMap(byName);
        }
    };

    private final boolean lenient;
    private final List<ValidationError> errors;
    private final List<Runnable> repairs = new ArrayList<>();
    private final Set<String> repairedPaths = new HashSet<>();
    private boolean repairable = true;

    StructureChecker(boolean lenient, List<ValidationError> errors) {
        this.lenient = lenient;
        this.errors = errors;
    }

    /**
     * Repairs the checked tree in place, when it can: unknown fields removed, values that failed cleared.
     *
     * @return the JSON paths of the cleared values, or null when the tree cannot be repaired
     */
    Set<String> repair() {
        if (!repairable) {
            return null;
        }
        repairs.forEach(Runnable::run);
        return Set.copyOf(repairedPaths);
    }

    /** Checks the case file's tree; {@code root} is the path of {@code node}, {@code $} for the whole file. */
    void checkRecord(JsonNode node, Class<?> type, String root) {
        checkRecord(node, type, ValuePath.root(root));
    }

    /**
     * Where a value is: made for every value checked, so built as a link to its parent and spelled out
     * ({@code $.problems[3].waterSourceId}) only when an error names it.
     */
    private static final class ValuePath {
        private final ValuePath parent;
        private final String field;
        private final int index;
        private String text;

        private ValuePath(ValuePath parent, String field, int index, String text) {
            this.parent = parent;
            this.field = field;
            this.index = index;
            this.text = text;
        }

        static ValuePath root(String text) {
            return new ValuePath(null, null, -1, text);
        }

        ValuePath field(String name) {
            return new ValuePath(this, name, -1, null);
        }

        ValuePath index(int i) {
            return new ValuePath(this, null, i, null);
        }

        boolean isRoot() {
            return parent == null;
        }

        @Override
        public String toString() {
            if (text == null) {
                text = field != null ? parent + "." + field : parent + "[" + index + "]";
            }
            return text;
        }
    }

    private void checkRecord(JsonNode node, Class<?> type, ValuePath path) {
        if (!node.isObject()) {
            wrongType(path, "对象", "an object", node);
            return;
        }
        Map<String, Component> byName = COMPONENTS.get(type);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!byName.containsKey(name) && !lenient) {
                errors.add(ValidationError.at(path.field(name).toString(), ErrorCode.UNKNOWN_FIELD,
                        "未知字段“" + name + "”（" + type.getSimpleName() + "不含此字段，请检查拼写）",
                        "unknown field '" + name + "' in " + type.getSimpleName()));
                repairs.add(() -> ((ObjectNode) node).remove(name));
            }
        }
        for (Component component : byName.values()) {
            ValuePath childPath = path.field(component.name());
            JsonNode child = node.get(component.name());
            if (child == null || child.isNull()) {
                if (component.required()) {
                    errors.add(ValidationError.at(childPath.toString(), ErrorCode.REQUIRED,
                            "缺少必填字段“" + component.name() + "”",
                            "required field '" + component.name() + "' is missing"));
                }
                continue;
            }
            int before = errors.size();
            checkValue(child, component.type(), childPath);
            if (failedAt(childPath, before)) {
                // a whole list of records of the wrong type leaves every reference to them unjudgeable
                repairable &= !(path.isRoot() && component.type() instanceof ParameterizedType list
                        && List.class.isAssignableFrom((Class<?>) list.getRawType()));
                clearLater(node, component.name(), childPath);
            }
        }
    }

    /** Whether an error added since {@code firstNewError} is at {@code path} itself (the path is spelled only then). */
    private boolean failedAt(ValuePath path, int firstNewError) {
        return errors.size() > firstNewError
                && errors.subList(firstNewError, errors.size()).stream().anyMatch(e -> e.path().equals(path.toString()));
    }

    private void clearLater(JsonNode parent, String field, ValuePath path) {
        repairedPaths.add(path.toString());
        repairs.add(() -> ((ObjectNode) parent).remove(field));
    }

    private void checkValue(JsonNode node, Type type, ValuePath path) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                checkList(node, args[0], path);
            } else if (Map.class.isAssignableFrom(raw)) {
                checkMap(node, args[1], path);
            }
            return;
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            expect(node.isTextual(), node, path, "文本", "a string");
        } else if (cls == Integer.class || cls == Long.class) {
            checkInteger(node, cls, path);
        } else if (cls == BigDecimal.class) {
            expect(node.isNumber(), node, path, "数值", "a number");
        } else if (cls == Boolean.class) {
            expect(node.isBoolean(), node, path, "true或false", "true or false");
        } else if (cls == LocalDate.class) {
            checkTemporal(node, path, DATE, LocalDate::from,
                    "日期（如2018-06-20）", "a date such as 2018-06-20");
        } else if (cls == OffsetDateTime.class) {
            checkTemporal(node, path, INSTANT, OffsetDateTime::from,
                    "带时区的时间（如2018-06-20T09:30:00+08:00）", "an instant such as 2018-06-20T09:30:00+08:00");
        } else if (cls == YearMonth.class) {
            checkTemporal(node, path, MONTH, YearMonth::from, "月份（如2018-06）", "a month such as 2018-06");
        } else if (cls.isEnum() && Labeled.class.isAssignableFrom(cls)) {
            checkEnum(node, cls, path);
        } else if (cls.isRecord()) {
            checkRecord(node, cls, path);
        }
    }

    private void checkList(JsonNode node, Type element, ValuePath path) {
        if (!node.isArray()) {
            wrongType(path, "数组", "an array", node);
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            ValuePath itemPath = path.index(i);
            int before = errors.size();
            if (item.isNull()) {
                errors.add(ValidationError.at(itemPath.toString(), ErrorCode.REQUIRED, "数组元素不能为null", "array element is null"));
            } else {
                checkValue(item, element, itemPath);
            }
            repairable &= !failedAt(itemPath, before);
        }
    }

    private void checkMap(JsonNode node, Type value, ValuePath path) {
        if (!node.isObject()) {
            wrongType(path, "对象", "an object", node);
            return;
        }
        node.fields().forEachRemaining(e -> {
            ValuePath entryPath = path.field(e.getKey());
            int before = errors.size();
            if (e.getValue().isNull()) {
                errors.add(ValidationError.at(entryPath.toString(), ErrorCode.REQUIRED, "数值不能为null", "value is null"));
            } else {
                checkValue(e.getValue(), value, entryPath);
            }
            if (failedAt(entryPath, before)) {
                clearLater(node, e.getKey(), entryPath);
            }
        });
    }

    private void checkInteger(JsonNode node, Class<?> cls, ValuePath path) {
        boolean fits = node.isIntegralNumber() && (cls == Long.class ? node.canConvertToLong() : node.canConvertToInt());
        expect(fits, node, path, "整数", "an integer");
    }

    /**
     * A date, instant or month in ISO form that exists: parsed strictly and built as {@code type}, so that
     * a month 13 or a 30 February is refused here rather than by data binding.
     */
    private void checkTemporal(JsonNode node, ValuePath path, DateTimeFormatter format, TemporalQuery<?> type,
                               String zh, String en) {
        if (!node.isTextual()) {
            wrongType(path, zh, en, node);
            return;
        }
        if (format == DATE && isPlainDate(node.textValue())) {
            return;
        }
        try {
            format.parse(node.textValue(), type);
        } catch (DateTimeParseException e) {
            errors.add(ValidationError.at(path.toString(), ErrorCode.INVALID_DATE,
                    "“" + node.textValue() + "”不是有效的" + zh,
                    "'" + node.textValue() + "' is not " + en));
        }
    }

    /**
     * Whether {@code text} is a date {@code yyyy-MM-dd} that exists, without the formatter: a case file has
     * hundreds of thousands of dates and a formatter's parse builds a map per date. Anything else, a date
     * that does not exist included, goes to the strict formatter, which accepts or refuses it with its own
     * reason (this only ever says yes to what the formatter says yes to).
     */
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkEnum(JsonNode node, Class<?> cls, ValuePath path) {
        if (!node.isTextual()) {
            wrongType(path, "文本", "a string", node);
            return;
        }
        if (Labeled.fromText((Class) cls, node.textValue()).isEmpty()) {
            String allowed = Arrays.stream(cls.getEnumConstants())
                    .map(v -> ((Enum<?>) v).name() + "(" + ((Labeled) v).label() + ")")
                    .collect(Collectors.joining(", "));
            errors.add(ValidationError.at(path.toString(), ErrorCode.UNKNOWN_ENUM,
                    "“" + node.textValue() + "”不是允许的取值，应为：" + allowed,
                    "'" + node.textValue() + "' is not one of " + allowed));
        }
    }

    private void expect(boolean ok, JsonNode node, ValuePath path, String zh, String en) {
        if (!ok) {
            wrongType(path, zh, en, node);
        }
    }

    private void wrongType(ValuePath path, String zh, String en, JsonNode found) {
        String kind = found.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        errors.add(ValidationError.at(path.toString(), ErrorCode.WRONG_TYPE,
                "应为" + zh + "，实际为" + kind, "expected " + en + ", found " + kind));
    }
}
