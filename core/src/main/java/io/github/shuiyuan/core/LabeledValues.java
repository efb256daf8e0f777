package io.github.shuiyuan.core;

/**
 * The values of each {@link Labeled} enum, looked up once: {@code Class.getEnumConstants()} copies the array on
 * every call, and reading a case file looks up an enum value for every coded field of every record.
 */
final class LabeledValues {

    private static final ClassValue<Object[]> VALUES = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private LabeledValues() {
    }

    /** The enum's values in declaration order; the array is shared and must not be changed. */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> E[] of(Class<E> type) {
        return (E[]) VALUES.get(type);
    }
}
