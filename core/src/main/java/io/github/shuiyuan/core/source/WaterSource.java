package io.github.shuiyuan.core.source;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A centralized drinking-water source (集中式饮用水水源地) and its protection zones.
 *
 * <p>Immutable and thread-safe.
 */
public record WaterSource(
        @Required String id,
        @Required String name,
        @Required SourceKind kind,
        @Nullable AdminLevel adminLevel,
        @Nullable String location,
        @Required String responsibleUnitId,
        @Required SourceStatus status,
        @Nullable Long servedPopulation,
        @Nullable BigDecimal designCapacityWanM3PerDay,
        @Nullable Boolean onlineMonitoring,
        @Nullable EmergencyPlan emergencyPlan,
        @Nullable LocalDate riskSourcesSurveyedOn,
        List<Zone> zones) {

    public WaterSource {
        zones = Lists.copy(zones);
    }

    /** The zone of this level, if the source has one. */
    public Optional<Zone> zone(ZoneLevel level) {
        return zones.stream().filter(z -> z.level() == level).findFirst();
    }

    /** In use or on standby: the sources the zoning rules look at. */
    public boolean isActive() {
        return status == SourceStatus.IN_USE || status == SourceStatus.STANDBY;
    }

    /** Whether the source draws surface water (river, lake or reservoir). */
    public boolean isSurfaceWater() {
        return kind == SourceKind.RIVER || kind == SourceKind.LAKE_RESERVOIR;
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this source's values: change some and build a new source. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        builder.kind = kind;
        builder.adminLevel = adminLevel;
        builder.location = location;
        builder.responsibleUnitId = responsibleUnitId;
        builder.status = status;
        builder.servedPopulation = servedPopulation;
        builder.designCapacityWanM3PerDay = designCapacityWanM3PerDay;
        builder.onlineMonitoring = onlineMonitoring;
        builder.emergencyPlan = emergencyPlan;
        builder.riskSourcesSurveyedOn = riskSourcesSurveyedOn;
        builder.zones = zones;
        return builder;
    }

    /**
     * Builds a {@link WaterSource} by named fields, so that no two values of one type can be swapped unseen. One
     * setter per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a source without {@code id}, {@code name}, {@code kind},
     * {@code responsibleUnitId}, {@code status}; checks across records (references, dates in order) are
     * {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from one
     * thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String name;
        private @Nullable SourceKind kind;
        private @Nullable AdminLevel adminLevel;
        private @Nullable String location;
        private @Nullable String responsibleUnitId;
        private @Nullable SourceStatus status;
        private @Nullable Long servedPopulation;
        private @Nullable BigDecimal designCapacityWanM3PerDay;
        private @Nullable Boolean onlineMonitoring;
        private @Nullable EmergencyPlan emergencyPlan;
        private @Nullable LocalDate riskSourcesSurveyedOn;
        private @Nullable List<Zone> zones;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder kind(@Nullable SourceKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder adminLevel(@Nullable AdminLevel adminLevel) {
            this.adminLevel = adminLevel;
            return this;
        }

        public Builder location(@Nullable String location) {
            this.location = location;
            return this;
        }

        public Builder responsibleUnitId(@Nullable String responsibleUnitId) {
            this.responsibleUnitId = responsibleUnitId;
            return this;
        }

        public Builder status(@Nullable SourceStatus status) {
            this.status = status;
            return this;
        }

        public Builder servedPopulation(@Nullable Long servedPopulation) {
            this.servedPopulation = servedPopulation;
            return this;
        }

        public Builder designCapacityWanM3PerDay(@Nullable BigDecimal designCapacityWanM3PerDay) {
            this.designCapacityWanM3PerDay = designCapacityWanM3PerDay;
            return this;
        }

        public Builder onlineMonitoring(@Nullable Boolean onlineMonitoring) {
            this.onlineMonitoring = onlineMonitoring;
            return this;
        }

        public Builder emergencyPlan(@Nullable EmergencyPlan emergencyPlan) {
            this.emergencyPlan = emergencyPlan;
            return this;
        }

        public Builder riskSourcesSurveyedOn(@Nullable LocalDate riskSourcesSurveyedOn) {
            this.riskSourcesSurveyedOn = riskSourcesSurveyedOn;
            return this;
        }

        public Builder zones(@Nullable List<Zone> zones) {
            this.zones = zones;
            return this;
        }

        /**
         * The source.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public WaterSource build() {
            return IncompleteRecordException.requireComplete(new WaterSource(
                    id, name, kind, adminLevel, location, responsibleUnitId, status, servedPopulation,
                    designCapacityWanM3PerDay, onlineMonitoring, emergencyPlan, riskSourcesSurveyedOn, zones));
        }
    }
}
