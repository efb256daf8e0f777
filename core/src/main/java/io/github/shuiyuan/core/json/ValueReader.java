package io.github.shuiyuan.core.json;

import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import io.github.shuiyuan.core.Labeled;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one value of a declared type from the parser, whose current token is the value's first: checks it and
 * returns what it binds to, or {@link CaseFileBinder#FAILED} after reporting, at the value's path, why it cannot.
 * Made once per declared type; stateless.
 */
@FunctionalInterface
interface ValueReader {

    Object read(CaseFileBinder binder) throws IOException;

    /** The reader for a record component or element declared as {@code type}. */
    static ValueReader of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                ValueReader element = of(args[0]);
                return b -> b.readList(element);
            }
            if (Map.class.isAssignableFrom(raw)) {
                ValueReader value = of(args[1]);
                return b -> b.readMap(value);
            }
            throw new IllegalArgumentException("no reader for " + type);
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            return ValueReader::string;
        } else if (cls == Integer.class) {
            return b -> integer(b, false);
        } else if (cls == Long.class) {
            return b -> integer(b, true);
        } else if (cls == BigDecimal.class) {
            return ValueReader::decimal;
        } else if (cls == Boolean.class) {
            return ValueReader::bool;
        } else if (cls == LocalDate.class) {
            // a province repeats a few thousand days hundreds of thousands of times: each kept as one instance
            return b -> temporal(b, b::sharedDate, "日期（如2018-06-20）", "a date such as 2018-06-20");
        } else if (cls == OffsetDateTime.class) {
            return b -> temporal(b, IsoDates::instant,
                    "带时区的时间（如2018-06-20T09:30:00+08:00）", "an instant such as 2018-06-20T09:30:00+08:00");
        } else if (cls == YearMonth.class) {
            return b -> temporal(b, b::sharedMonth, "月份（如2018-06）", "a month such as 2018-06");
        } else if (cls.isEnum() && Labeled.class.isAssignableFrom(cls)) {
            return b -> b.readEnum(cls);
        } else if (cls.isRecord()) {
            RecordShape shape = RecordShape.of(cls);
            return b -> b.readRecord(shape);
        }
        throw new IllegalArgumentException("no reader for " + type);
    }

    private static Object string(CaseFileBinder b) throws IOException {
        if (b.token() != JsonToken.VALUE_STRING) {
            return b.wrongType("文本", "a string");
        }
        return b.shared(b.parser().getText());
    }

    private static Object integer(CaseFileBinder b, boolean isLong) throws IOException {
        if (b.token() == JsonToken.VALUE_NUMBER_INT) {
            NumberType type = b.parser().getNumberType();
            if (type == NumberType.INT) {
                int value = b.parser().getIntValue();
                return isLong ? (Object) (long) value : (Object) value;
            }
            if (isLong && type == NumberType.LONG) {
                return b.parser().getLongValue();
            }
        }
        return b.wrongType("整数", "an integer");
    }

    private static Object decimal(CaseFileBinder b) throws IOException {
        JsonToken token = b.token();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return b.wrongType("数值", "a number");
        }
        return b.sharedDecimal();
    }

    private static Object bool(CaseFileBinder b) throws IOException {
        JsonToken token = b.token();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            return b.wrongType("true或false", "true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** A date, instant or month in ISO form that exists, so that a month 13 or a 30 February is refused here. */
    private static Object temporal(CaseFileBinder b, Function<String, @Nullable Object> parse, String zh, String en)
            throws IOException {
        if (b.token() != JsonToken.VALUE_STRING) {
            return b.wrongType(zh, en);
        }
        String text = b.parser().getText();
        Object value = parse.apply(text);
        return value != null ? value : b.invalidDate(text, zh, en);
    }
}
