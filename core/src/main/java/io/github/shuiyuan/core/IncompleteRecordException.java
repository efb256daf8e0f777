package io.github.shuiyuan.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thrown by a builder's {@code build()} when {@link Required} fields are absent: a programming error in the code
 * that builds the record, so unchecked. It names every missing field at once, in Chinese and English with the
 * stable code {@code REQUIRED}. Immutable.
 */
public final class IncompleteRecordException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The required components of each record type, found once. */
    private static final ClassValue<List<RecordComponent>> REQUIRED = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> c.isAnnotationPresent(Required.class)).toList();
        }
    };

    private final String recordType;
    private final transient List<String> missing;

    private IncompleteRecordException(String recordType, List<String> missing) {
        super(recordType + "缺少必填字段：" + String.join("、", missing) + " (" + recordType
                + " is missing required " + String.join(", ", missing) + ") [REQUIRED]");
        this.recordType = recordType;
        this.missing = List.copyOf(missing);
    }

    /**
     * {@code record} itself when every {@link Required} component holds a value.
     *
     * @throws IncompleteRecordException naming every required component that is null
     */
    public static <T extends Record> T requireComplete(T record) {
        List<String> missing = new ArrayList<>();
        for (RecordComponent component : REQUIRED.get(record.getClass())) {
            if (read(component, record) == null) {
                missing.add(component.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw new IncompleteRecordException(record.getClass().getSimpleName(), missing);
        }
        return record;
    }

    /** The simple name of the record type, such as {@code Problem}. */
    public String recordType() {
        return recordType;
    }

    /** The names of the missing fields, in the record's order. */
    public List<String> missing() {
        return missing;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
