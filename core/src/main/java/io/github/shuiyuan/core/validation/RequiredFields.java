package io.github.shuiyuan.core.validation;

import io.github.shuiyuan.core.Required;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a case file's records and reports every {@link Required} component that is null, at the JSON path the
 * same value has in the case file's JSON ({@code $.waterSources[0].zones[1].level}). Only what can hold a
 * required value is visited: nested records and lists of records.
 */
final class RequiredFields {

    private enum Kind { REQUIRED, RECORD, RECORD_LIST }

    /** A component worth visiting: required, or holding records that may have required components. */
    private record Part(String name, Method accessor, Kind kind) {
    }

    /** The parts of each record type, found once: reflection is slow and a case file has many records. */
    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.isAnnotationPresent(Required.class)) {
                    parts.add(new Part(c.getName(), c.getAccessor(), Kind.REQUIRED));
                }
                if (c.getType().isRecord()) {
                    parts.add(new Part(c.getName(), c.getAccessor(), Kind.RECORD));
                } else if (isListOfRecords(c.getGenericType())) {
                    parts.add(new Part(c.getName(), c.getAccessor(), Kind.RECORD_LIST));
                }
            }
            return List.copyOf(parts);
        }
    };

    private final List<ValidationError> errors;

    RequiredFields(List<ValidationError> errors) {
        this.errors = errors;
    }

    /**
     * Checks {@code record} (a case file, or any record of one) found at {@code path}. A first walk only looks for
     * a gap, spelling no path: a complete case file of 186,000 records costs no string per record.
     */
    void check(Record record, String path) {
        if (hasGap(record)) {
            report(record, path);
        }
    }

    /** Whether a required value is missing anywhere in {@code record}. */
    private static boolean hasGap(Record record) {
        for (Part part : PARTS.get(record.getClass())) {
            Object value = read(part.accessor(), record);
            if (part.kind() == Kind.REQUIRED ? value == null
                    : part.kind() == Kind.RECORD ? value != null && hasGap((Record) value)
                    : value != null && anyHasGap((List<?>) value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyHasGap(List<?> records) {
        for (Object element : records) {
            if (element instanceof Record r && hasGap(r)) {
                return true;
            }
        }
        return false;
    }

    private void report(Record record, String path) {
        for (Part part : PARTS.get(record.getClass())) {
            Object value = read(part.accessor(), record);
            if (part.kind() == Kind.REQUIRED && value == null) {
                errors.add(ValidationError.at(path + "." + part.name(), ErrorCode.REQUIRED,
                        "缺少必填字段“" + part.name() + "”", "required field '" + part.name() + "' is missing"));
            } else if (part.kind() == Kind.RECORD && value != null) {
                report((Record) value, path + "." + part.name());
            } else if (part.kind() == Kind.RECORD_LIST && value != null) {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record element) {
                        report(element, path + "." + part.name() + "[" + i + "]");
                    }
                }
            }
        }
    }

    private static boolean isListOfRecords(Type type) {
        return type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord();
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
