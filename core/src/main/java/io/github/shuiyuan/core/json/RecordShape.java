package io.github.shuiyuan.core.json;

import io.github.shuiyuan.core.Required;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the streaming reader needs of one record type of the domain, found once by reflection: its components'
 * names in declaration order, which are {@link Required} and which are lists, how to read each one's value, and
 * the canonical constructor that builds the record from them.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    final String typeName;
    final String[] names;
    final boolean[] required;
    final boolean[] list;
    private final Map<String, Integer> index = new HashMap<>();
    private final RecordComponent[] components;
    private final Constructor<?> constructor;
    private volatile ValueReader[] readers;

    private RecordShape(Class<?> type) {
        typeName = type.getSimpleName();
        components = type.getRecordComponents();
        if (components.length > Long.SIZE) { // the reader keeps a bit per component
            throw new IllegalStateException(type + " has more than " + Long.SIZE + " components");
        }
        names = new String[components.length];
        required = new boolean[components.length];
        list = new boolean[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            names[i] = c.getName();
            required[i] = c.isAnnotationPresent(Required.class);
            list[i] = c.getGenericType() instanceof ParameterizedType p && List.class.isAssignableFrom((Class<?>) p.getRawType());
            types[i] = c.getType();
            index.put(c.getName(), i);
        }
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type, e);
        }
    }

    /** The shape of {@code type}, a record of the case file. */
    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /** The position of the component called {@code name}, or -1 when the record has none. */
    int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** How to read the value of each component, made on first use (record types refer to each other). */
    ValueReader[] readers() {
        ValueReader[] made = readers;
        if (made == null) {
            made = new ValueReader[components.length];
            for (int i = 0; i < components.length; i++) {
                made[i] = ValueReader.of(components[i].getGenericType());
            }
            readers = made;
        }
        return made;
    }

    /** The record made of {@code values}, in component order (null for absent). */
    Object construct(Object[] values) throws ReflectiveOperationException {
        return constructor.newInstance(values);
    }
}
