package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.quality.Grading;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.WaterSource;

/**
 * A sample graded against the national tables: the rules of the 水质 family judge these.
 * {@code previous} is the grade of the sample before it at the same source and point, when there is one.
 */
public record SampleGrade(Sample sample, WaterSource source, Grading grading, Grade previous, String previousSampleId) {

    public String sampleId() {
        return sample.id();
    }

    public String waterSourceId() {
        return source.id();
    }

    public String unitId() {
        return source.responsibleUnitId();
    }

    public Grade grade() {
        return grading.grade();
    }

    public boolean isGraded() {
        return grading.isGraded();
    }

    public boolean isCompliant() {
        return Boolean.TRUE.equals(grading.compliant());
    }

    public boolean isTargetMet() {
        return Boolean.TRUE.equals(grading.targetMet());
    }

    /** Whether this sample is graded worse than the one before it at the same source and point. */
    public boolean isWorseThanPrevious() {
        return isGraded() && previous != null && grade().isWorseThan(previous);
    }
}
