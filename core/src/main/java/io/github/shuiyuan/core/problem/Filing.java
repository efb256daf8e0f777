package io.github.shuiyuan.core.problem;

import java.time.LocalDate;

/**
 * A close-out filed on record (备案) with a department.
 *
 * <p>Immutable and thread-safe.
 */
public record Filing(String unitId, LocalDate filedOn) {
}
