package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.quality.Exceedance;
import io.github.shuiyuan.core.quality.Grade;
import java.time.LocalDate;
import java.util.List;

/**
 * The grading of one sample: class, target class, compliance with the drinking-water requirement,
 * whether the target is met, and the items that miss it. Grade, compliant and targetMet are absent
 * when the sample has no graded item.
 */
public record WaterQualityResult(
        String sampleId,
        String waterSourceId,
        LocalDate sampledOn,
        Grade grade,
        Grade target,
        Boolean compliant,
        Boolean targetMet,
        List<Exceedance> exceedances) {

    public WaterQualityResult {
        exceedances = List.copyOf(exceedances);
    }
}
