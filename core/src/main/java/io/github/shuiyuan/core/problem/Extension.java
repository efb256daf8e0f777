package io.github.shuiyuan.core.problem;

import java.time.LocalDate;

/**
 * An approved extension of a problem's deadline (延期).
 *
 * <p>Immutable and thread-safe.
 */
public record Extension(LocalDate newDeadline, LocalDate approvedOn, String approvedByUnitId, String reason) {
}
