package io.github.shuiyuan.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A closed vocabulary of the case file: every value has a stable code (its enum name, written to
 * JSON) and the Chinese label people read and the government forms print.
 *
 * <p>Readers accept either spelling: {@code FIRST} and {@code 一级保护区} name the same zone level.
 *
 * <p>Implemented by enums only: immutable and thread-safe.
 */
public interface Labeled {

    /** The stable English code, as written to JSON. */
    String name();

    /** The Chinese label, as printed on forms and reports. */
    String label();

    /**
     * Finds the value whose code or Chinese label is {@code text} (surrounding white space ignored; null names none).
     *
     * @return the value, or empty when the text names none
     */
    static <E extends Enum<E> & Labeled> Optional<E> fromText(Class<E> type, @Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (E value : LabeledValues.of(type)) {
            if (value.name().equals(wanted) || value.label().equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The value with this code (enum name); throws {@link IllegalArgumentException} when unknown. */
    static <E extends Enum<E> & Labeled> E fromCode(Class<E> type, String code) {
        return Enum.valueOf(type, code);
    }

    /** The value with this Chinese label; throws {@link IllegalArgumentException} when unknown. */
    static <E extends Enum<E> & Labeled> E fromLabel(Class<E> type, String label) {
        for (E value : LabeledValues.of(type)) {
            if (value.label().equals(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " labelled " + label);
    }
}
