package io.github.shuiyuan.rules.fact;

/**
 * A close-out condition ({@code CLO-01} … {@code CLO-06}) a problem does not meet yet.
 *
 * <p>Immutable and thread-safe.
 */
public record Unmet(String problemId, String condition) {
}
