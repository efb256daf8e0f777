package io.github.shuiyuan.core;

import org.jspecify.annotations.Nullable;

/**
 * The administrative area a case file covers, e.g. {@code 320602 崇川区, 南通市}.
 *
 * <p>Immutable and thread-safe.
 */
public record Jurisdiction(@Nullable String code, @Nullable String name, @Nullable String city) {
}
