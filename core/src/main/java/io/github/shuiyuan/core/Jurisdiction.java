package io.github.shuiyuan.core;

/**
 * The administrative area a case file covers, e.g. {@code 320602 崇川区, 南通市}.
 *
 * <p>Immutable and thread-safe.
 */
public record Jurisdiction(String code, String name, String city) {
}
