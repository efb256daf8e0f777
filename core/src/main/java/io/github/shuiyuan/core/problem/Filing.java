package io.github.shuiyuan.core.problem;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A close-out filed on record (备案) with a department.
 *
 * <p>Immutable and thread-safe.
 */
public record Filing(@Nullable String unitId, @Nullable LocalDate filedOn) {
}
