package io.github.shuiyuan.core.problem;

import java.time.LocalDate;

/**
 * A time node (时间节点) of a rectification plan.
 *
 * <p>Immutable and thread-safe.
 */
public record Milestone(String title, LocalDate dueOn, LocalDate doneOn) {
}
