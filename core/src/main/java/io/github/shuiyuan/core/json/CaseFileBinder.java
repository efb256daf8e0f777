package io.github.shuiyuan.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Labeled;
import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.ValidationError;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the parser's tokens that checks every value against the record types of the domain and binds
 * it: no tree of the document is built. It reports, all at once, every value of the wrong type, every required
 * field missing, every unknown field, enum text and impossible date — within a record, unknown fields first, then
 * the components in declaration order, a nested record's errors at the place of its component.
 *
 * <p>A value that fails is left out of what is bound (as if absent), a map entry too, an unknown field is
 * skipped: the case file bound is the document <em>repaired</em>, so that the content checks can still run on
 * it and every error is reported at once. A document with a bad list element, or a top-level list of the wrong
 * type, is not {@linkplain #repairable() repairable}: references into it could not be judged.
 *
 * <p>Syntax errors are the parser's: they end the pass (the caller reports them alone). One instance per read.
 */
final class CaseFileBinder {

    /** The longest text {@link #shared} keeps one instance of. */
    private static final int SHARED_LENGTH = 40;

    /** What a reader returns for a value it reported as wrong. */
    static final Object FAILED = new Object();

    private final JsonParser parser;
    private final boolean lenient;
    private final List<ValidationError> errors = new ArrayList<>();
    private final Set<String> cleared = new HashSet<>();
    private final PathStack path = new PathStack();
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, YearMonth> months = new HashMap<>();
    private final Map<String, BigDecimal> decimals = new HashMap<>();
    private boolean repairable = true;

    CaseFileBinder(JsonParser parser, boolean lenient) {
        this.parser = parser;
        this.lenient = lenient;
    }

    /** Binds the object at the parser's current token ({@code START_OBJECT}) as a case file, reading to its end. */
    CaseFile bind() throws IOException {
        Object file = readRecord(RecordShape.of(CaseFile.class));
        return file == FAILED ? null : (CaseFile) file;
    }

    /** Every structure error found, in document order as described above. */
    List<ValidationError> errors() {
        return errors;
    }

    /** Whether the bound case file can be content-checked despite the errors. */
    boolean repairable() {
        return repairable;
    }

    /** The JSON paths of the values left out because they failed. */
    Set<String> cleared() {
        return cleared;
    }

    JsonParser parser() {
        return parser;
    }

    /**
     * One instance of each short text the document repeats (ids referenced from many records, units, names): a
     * province spells the same ids hundreds of thousands of times, and the case file keeps every value it reads.
     * Long texts (descriptions, remarks) are seldom repeated and are kept as read.
     */
    String shared(String text) {
        if (text.length() > SHARED_LENGTH) {
            return text;
        }
        String first = strings.putIfAbsent(text, text);
        return first != null ? first : text;
    }

    /**
     * The date {@code text} spells, read the first time and kept as one instance after that: a province repeats a
     * few thousand days hundreds of thousands of times. Null when it is no ISO date that exists.
     */
    @Nullable LocalDate sharedDate(String text) {
        return shared(dates, text, IsoDates::date);
    }

    /** As {@link #sharedDate}, for a month ({@code 2018-06}). */
    @Nullable YearMonth sharedMonth(String text) {
        return shared(months, text, IsoDates::month);
    }

    /** What {@code parse} makes of {@code text}, made once and kept in {@code known}; null (and not kept) when nothing. */
    private static <T> @Nullable T shared(Map<String, T> known, String text, Function<String, @Nullable T> parse) {
        T value = known.get(text);
        if (value == null) {
            value = parse.apply(text);
            if (value != null) {
                known.put(text, value);
            }
        }
        return value;
    }

    /**
     * The number at the current token, kept as one instance per spelling (so with its scale): a province's samples
     * repeat a few thousand measured values a hundred thousand times.
     */
    BigDecimal sharedDecimal() throws IOException {
        String text = parser.getText();
        BigDecimal known = decimals.get(text);
        if (known == null) {
            known = parser.getDecimalValue();
            decimals.put(text, known);
        }
        return known;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    Object readRecord(RecordShape shape) throws IOException {
        if (token() != JsonToken.START_OBJECT) {
            return wrongType("对象", "an object");
        }
        boolean atRoot = path.isRoot();
        ValueReader[] readers = shape.readers();
        Object[] values = new Object[shape.names.length];
        long failed = 0;
        long seen = 0;
        Set<String> unknownNames = null;
        List<ValidationError> unknown = null;
        List<ValidationError>[] byComponent = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            int i = shape.indexOf(name);
            if (i >= 0 ? (seen & 1L << i) != 0 : unknownNames != null && unknownNames.contains(name)) {
                throw duplicate(name);
            }
            parser.nextToken();
            if (i < 0) {
                unknownNames = unknownNames != null ? unknownNames : new HashSet<>();
                unknownNames.add(name);
                if (!lenient) {
                    unknown = unknown != null ? unknown : new ArrayList<>();
                    unknown.add(ValidationError.at(path.child(name), ErrorCode.UNKNOWN_FIELD,
                            "未知字段“" + name + "”（" + shape.typeName + "不含此字段，请检查拼写）",
                            "unknown field '" + name + "' in " + shape.typeName));
                }
                skipValue();
                continue;
            }
            seen |= 1L << i;
            if (token() == JsonToken.VALUE_NULL) {
                continue;
            }
            int before = errors.size();
            path.push(name);
            Object value = readers[i].read(this);
            if (value == FAILED) {
                failed |= 1L << i;
                cleared.add(path.toString());
                // a whole list of records of the wrong type leaves every reference to them unjudgeable
                repairable &= !(atRoot && shape.list[i]);
            } else {
                values[i] = value;
            }
            path.pop();
            if (errors.size() > before) {
                byComponent = byComponent != null ? byComponent : newLists(values.length);
                List<ValidationError> moved = errors.subList(before, errors.size());
                byComponent[i] = new ArrayList<>(moved);
                moved.clear();
            }
        }
        if (unknown != null) {
            errors.addAll(unknown);
        }
        for (int i = 0; i < values.length; i++) {
            if (byComponent != null && byComponent[i] != null) {
                errors.addAll(byComponent[i]);
            } else if (shape.required[i] && values[i] == null && (failed & 1L << i) == 0) {
                String name = shape.names[i];
                errors.add(ValidationError.at(path.child(name), ErrorCode.REQUIRED,
                        "缺少必填字段“" + name + "”", "required field '" + name + "' is missing"));
            }
        }
        return construct(shape, values);
    }

    @SuppressWarnings("unchecked")
    private static List<ValidationError>[] newLists(int n) {
        return new List[n];
    }

    private Object construct(RecordShape shape, Object[] values) {
        try {
            return shape.construct(values);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            errors.add(ValidationError.at(path.toString(), ErrorCode.WRONG_TYPE,
                    "无法读取" + shape.typeName + "：" + cause.getMessage(), "cannot read " + shape.typeName + ": " + cause.getMessage()));
            repairable = false;
            return FAILED;
        }
    }

    Object readList(ValueReader element) throws IOException {
        if (token() != JsonToken.START_ARRAY) {
            return wrongType("数组", "an array");
        }
        List<Object> list = new ArrayList<>();
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), i++) {
            path.push(i);
            if (t == JsonToken.VALUE_NULL) {
                errors.add(ValidationError.at(path.toString(), ErrorCode.REQUIRED, "数组元素不能为null", "array element is null"));
                repairable = false;
            } else {
                Object value = element.read(this);
                if (value == FAILED) {
                    repairable = false;
                } else {
                    list.add(value);
                }
            }
            path.pop();
        }
        return list;
    }

    Object readMap(ValueReader valueReader) throws IOException {
        if (token() != JsonToken.START_OBJECT) {
            return wrongType("对象", "an object");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        Set<String> failedKeys = null;
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            if (map.containsKey(key) || failedKeys != null && failedKeys.contains(key)) {
                throw duplicate(key);
            }
            JsonToken t = parser.nextToken();
            path.push(key);
            Object value;
            if (t == JsonToken.VALUE_NULL) {
                errors.add(ValidationError.at(path.toString(), ErrorCode.REQUIRED, "数值不能为null", "value is null"));
                value = FAILED;
            } else {
                value = valueReader.read(this);
            }
            if (value == FAILED) {
                cleared.add(path.toString());
                failedKeys = failedKeys != null ? failedKeys : new HashSet<>();
                failedKeys.add(key);
            } else {
                map.put(key, value);
            }
            path.pop();
        }
        return map;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Object readEnum(Class<?> type) throws IOException {
        if (token() != JsonToken.VALUE_STRING) {
            return wrongType("文本", "a string");
        }
        String text = parser.getText();
        Optional<?> value = Labeled.fromText((Class) type, text);
        if (value.isPresent()) {
            return value.get();
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(v -> ((Enum<?>) v).name() + "(" + ((Labeled) v).label() + ")")
                .collect(Collectors.joining(", "));
        errors.add(ValidationError.at(path.toString(), ErrorCode.UNKNOWN_ENUM,
                "“" + text + "”不是允许的取值，应为：" + allowed, "'" + text + "' is not one of " + allowed));
        return FAILED;
    }

    /** Reports the current value as of the wrong type, skips it, and returns {@link #FAILED}. */
    Object wrongType(String zh, String en) throws IOException {
        String kind = kind(token());
        errors.add(ValidationError.at(path.toString(), ErrorCode.WRONG_TYPE,
                "应为" + zh + "，实际为" + kind, "expected " + en + ", found " + kind));
        skipValue();
        return FAILED;
    }

    Object invalidDate(String text, String zh, String en) {
        errors.add(ValidationError.at(path.toString(), ErrorCode.INVALID_DATE,
                "“" + text + "”不是有效的" + zh, "'" + text + "' is not " + en));
        return FAILED;
    }

    /** The kind of JSON value a token starts, as the error messages name it. */
    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Skips the value at the current token to its end, as {@link #skipValue()} does, and returns null. */
    CaseFile skip() throws IOException {
        skipValue();
        return null;
    }

    /**
     * Skips the current value to its end. Strings and numbers in it are still read, so that a value the reader
     * does not keep meets the same size limits as one it keeps, and a field named twice in one of its objects is
     * refused as it is where the reader keeps the value.
     */
    private void skipValue() throws IOException {
        ArrayDeque<Set<String>> objects = new ArrayDeque<>();
        int depth = 0;
        JsonToken t = token();
        do {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
                if (t == JsonToken.START_OBJECT) {
                    objects.push(new HashSet<>());
                }
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
                if (t == JsonToken.END_OBJECT) {
                    objects.pop();
                }
            } else if (t == JsonToken.FIELD_NAME && !objects.peek().add(parser.currentName())) {
                throw duplicate(parser.currentName());
            } else if (t == JsonToken.VALUE_STRING) {
                parser.getText();
            } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                parser.getNumberValueExact();
            }
            if (depth == 0) {
                return;
            }
            t = parser.nextToken();
        } while (t != null);
    }

    /**
     * A field named twice in one object: a syntax error, as the parser would report it (the reader checks it
     * itself, with a bit per record component, instead of the parser's set of names per object).
     */
    private JsonParseException duplicate(String name) {
        return new JsonParseException(parser, "Duplicate field '" + name + "'");
    }

    /**
     * The path of the value being read, as a stack of field names and list indexes: nothing is allocated per
     * value; the path is spelled out ({@code $.problems[3].waterSourceId}) only when an error names it.
     */
    private static final class PathStack {
        private String[] fields = new String[16];
        private int[] indexes = new int[16];
        private int depth;

        boolean isRoot() {
            return depth == 0;
        }

        void push(String field) {
            grow();
            fields[depth++] = field;
        }

        void push(int index) {
            grow();
            fields[depth] = null;
            indexes[depth++] = index;
        }

        void pop() {
            depth--;
        }

        private void grow() {
            if (depth == fields.length) {
                fields = Arrays.copyOf(fields, depth * 2);
                indexes = Arrays.copyOf(indexes, depth * 2);
            }
        }

        /** The path of a field of the current value. */
        String child(String field) {
            return this + "." + field;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("$");
            for (int i = 0; i < depth; i++) {
                if (fields[i] != null) {
                    text.append('.').append(fields[i]);
                } else {
                    text.append('[').append(indexes[i]).append(']');
                }
            }
            return text.toString();
        }
    }
}
