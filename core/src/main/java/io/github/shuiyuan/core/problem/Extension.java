package io.github.shuiyuan.core.problem;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An approved extension of a problem's deadline (延期).
 *
 * <p>Immutable and thread-safe.
 */
public record Extension(@Nullable LocalDate newDeadline, @Nullable LocalDate approvedOn, @Nullable String approvedByUnitId, @Nullable String reason) {
}
