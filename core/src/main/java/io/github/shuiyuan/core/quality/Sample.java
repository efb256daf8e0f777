package io.github.shuiyuan.core.quality;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Required;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A water-quality sample: parameter values (exact decimals, keyed by parameter code) measured at a
 * point of a source on a date.
 *
 * <p>Immutable and thread-safe.
 */
public record Sample(
        @Required String id,
        @Required String waterSourceId,
        @Nullable String point,
        @Nullable ZoneLevel zoneLevel,
        @Required LocalDate sampledOn,
        @Nullable Boolean fullAnalysis,
        @Required Map<String, BigDecimal> values) {

    public Sample {
        values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Whether this was known to be a full analysis (全分析): false when {@code fullAnalysis} is false or absent.
     * Not named {@code isFullAnalysis}: rules would then see two readings of the property {@code fullAnalysis}.
     */
    public boolean isConfirmedFullAnalysis() {
        return Boolean.TRUE.equals(fullAnalysis);
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this sample's values: change some and build a new sample. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.waterSourceId = waterSourceId;
        builder.point = point;
        builder.zoneLevel = zoneLevel;
        builder.sampledOn = sampledOn;
        builder.fullAnalysis = fullAnalysis;
        builder.values = values;
        return builder;
    }

    /**
     * Builds a {@link Sample} by named fields, so that no two values of one type can be swapped unseen. One setter
     * per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a sample without {@code id}, {@code waterSourceId},
     * {@code sampledOn}, {@code values}; checks across records (references, dates in order) are
     * {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from one
     * thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String waterSourceId;
        private @Nullable String point;
        private @Nullable ZoneLevel zoneLevel;
        private @Nullable LocalDate sampledOn;
        private @Nullable Boolean fullAnalysis;
        private @Nullable Map<String, BigDecimal> values;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder waterSourceId(@Nullable String waterSourceId) {
            this.waterSourceId = waterSourceId;
            return this;
        }

        public Builder point(@Nullable String point) {
            this.point = point;
            return this;
        }

        public Builder zoneLevel(@Nullable ZoneLevel zoneLevel) {
            this.zoneLevel = zoneLevel;
            return this;
        }

        public Builder sampledOn(@Nullable LocalDate sampledOn) {
            this.sampledOn = sampledOn;
            return this;
        }

        public Builder fullAnalysis(@Nullable Boolean fullAnalysis) {
            this.fullAnalysis = fullAnalysis;
            return this;
        }

        public Builder values(@Nullable Map<String, BigDecimal> values) {
            this.values = values;
            return this;
        }

        /**
         * The sample.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public Sample build() {
            return IncompleteRecordException.requireComplete(new Sample(
                    id, waterSourceId, point, zoneLevel, sampledOn, fullAnalysis, values));
        }
    }
}
