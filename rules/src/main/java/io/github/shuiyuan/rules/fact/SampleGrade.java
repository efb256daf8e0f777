package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.quality.Exceedance;
import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.quality.Grading;
import io.github.shuiyuan.core.quality.Parameter;
import io.github.shuiyuan.core.quality.QualityStandard;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.WaterSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A sample graded against the national tables: the rules of the 水质 family judge these.
 * {@code previous} is the grade of the sample before it at the same source and point, when this sample
 * is the latest there and there is one (null also when that sample could not be graded).
 *
 * <p>Immutable and thread-safe.
 */
public record SampleGrade(Sample sample, WaterSource source, Grading grading, @Nullable Grade previous,
                          @Nullable String previousSampleId) {

    /** The class a drinking-water source must reach at least (GB 3838-2002 Ⅲ类). */
    public static final Grade DRINKING_WATER_CLASS = Grade.III;

    public String sampleId() {
        return sample.id();
    }

    public String waterSourceId() {
        return source.id();
    }

    public String unitId() {
        return source.responsibleUnitId();
    }

    public @Nullable Grade grade() {
        return grading.grade();
    }

    public Grade target() {
        return grading.target();
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

    /** Names the sample for messages: source, point, date and id, e.g. {@code 水源地“甲”取水口2018-05-08采样（S-1）}. */
    public String describe() {
        String point = sample.point() == null || sample.point().isBlank() ? "" : sample.point().strip();
        return "水源地“" + source.name() + "”" + point + sample.sampledOn() + "采样（" + sample.id() + "）";
    }

    /**
     * The items that fail the drinking-water requirement, for messages: graded items worse than class III
     * with their class, supplementary items over their limit with the limit.
     */
    public String complianceFailures() {
        return describe(grading.exceedances().stream()
                .filter(e -> e.grade() == null || e.grade().isWorseThan(DRINKING_WATER_CLASS))
                .toList());
    }

    /** Every item that misses the target, for messages: value, class, the target's limit and the exceedance multiple. */
    public String targetShortfalls() {
        return describe(grading.exceedances());
    }

    private String describe(List<Exceedance> items) {
        return items.stream().map(this::describe).collect(Collectors.joining("，"));
    }

    private String describe(Exceedance e) {
        Optional<Parameter> row = QualityStandard.national().parameter(e.parameter(), source.kind());
        String name = row.map(Parameter::nameZh).orElse(e.parameter());
        String unit = row.map(Parameter::unit).filter(u -> !u.equals("无量纲")).orElse("");
        StringBuilder text = new StringBuilder(name).append(e.value().toPlainString()).append(unit).append("（");
        if (e.grade() != null) {
            text.append(e.grade().label()).append("，").append(target().label());
        }
        text.append("限值").append(e.limit());
        if (e.multiple() != null) {
            text.append("，超标").append(e.multiple().toPlainString()).append("倍");
        }
        return text.append("）").toString();
    }
}
