package io.github.shuiyuan.report;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The content of one sub-district's look-back form: who files it and when, the rows, and who filled it in.
 * Rows are an {@link Iterable} so that a very large form can be produced lazily and streamed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unitName 填报单位 (null when the unit has no name)
 * @param filledOn 填报时间 (null when not given)
 * @param filledBy 填表人 (null to be filled in by hand)
 * @param contact  联系方式 (null to be filled in by hand)
 * @param rows     the rows in serial order
 */
public record LookBackSheet(@Nullable String unitName, @Nullable LocalDate filledOn, @Nullable String filledBy,
                            @Nullable String contact,
                            Iterable<LookBackRow> rows) {

    public LookBackSheet {
        Objects.requireNonNull(rows, "rows");
    }
}
