package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.quality.Exceedance;
import io.github.shuiyuan.core.quality.Grade;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The grading of one sample: class, target class, compliance with the drinking-water requirement,
 * whether the target is met, and the items that miss it. Grade, compliant and targetMet are absent
 * when the sample has no graded item.
 *
 * <p>Immutable and thread-safe.
 */
public record WaterQualityResult(
        String sampleId,
        String waterSourceId,
        LocalDate sampledOn,
        @Nullable Grade grade,
        @Nullable Grade target,
        @Nullable Boolean compliant,
        @Nullable Boolean targetMet,
        List<Exceedance> exceedances) {

    public WaterQualityResult {
        exceedances = List.copyOf(exceedances);
    }
}
