package io.github.shuiyuan.core.problem;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A time node (时间节点) of a rectification plan.
 *
 * <p>Immutable and thread-safe.
 */
public record Milestone(@Nullable String title, @Nullable LocalDate dueOn, @Nullable LocalDate doneOn) {
}
