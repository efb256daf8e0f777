package io.github.shuiyuan.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Null-safe immutable copies for the list fields of records (absent in JSON means empty). */
public final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy, or the empty list when {@code list} is null; null elements are kept out. */
    public static <T> List<T> copy(@Nullable List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
