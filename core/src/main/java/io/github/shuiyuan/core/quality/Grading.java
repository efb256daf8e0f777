package io.github.shuiyuan.core.quality;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The judgement of one sample: its class (the worst graded item), its target class, whether it meets
 * the drinking-water source requirement (compliant: III or better and supplementary items within limits),
 * whether it meets its target, and the items that miss the target. Grade, compliant and targetMet are
 * null when the sample has no graded item.
 *
 * <p>Immutable and thread-safe.
 */
public record Grading(@Nullable Grade grade, Grade target, @Nullable Boolean compliant, @Nullable Boolean targetMet,
                      List<Exceedance> exceedances) {

    public Grading {
        exceedances = List.copyOf(exceedances);
    }

    /** Whether any graded item was present, so that the sample could be graded at all. */
    public boolean isGraded() {
        return grade != null;
    }
}
