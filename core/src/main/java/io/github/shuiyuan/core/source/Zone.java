package io.github.shuiyuan.core.source;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One protection zone of a source: its approval (划定) and its markings (立): boundary markers,
 * publicity and warning signs, isolation fence. Counts are null when unknown, not zero.
 *
 * <p>Immutable and thread-safe.
 */
public record Zone(
        @Required ZoneLevel level,
        @Nullable String approvalDocument,
        @Nullable LocalDate approvedOn,
        @Nullable BigDecimal waterAreaKm2,
        @Nullable BigDecimal landAreaKm2,
        @Nullable Integer boundaryMarkers,
        @Nullable Integer publicitySigns,
        @Nullable Integer roadCrossings,
        @Nullable Integer warningSigns,
        @Nullable Boolean fenceRequired,
        @Nullable Boolean fenceComplete) {

    /** The subject id rules use for a zone: {@code <sourceId>/<level>}. */
    public String subjectId(String waterSourceId) {
        return waterSourceId + "/" + level.name();
    }

    /** Whether the zone carries an approval document (blank counts as none). */
    public boolean hasApprovalDocument() {
        return approvalDocument != null && !approvalDocument.isBlank();
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this zone's values: change some and build a new zone. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.level = level;
        builder.approvalDocument = approvalDocument;
        builder.approvedOn = approvedOn;
        builder.waterAreaKm2 = waterAreaKm2;
        builder.landAreaKm2 = landAreaKm2;
        builder.boundaryMarkers = boundaryMarkers;
        builder.publicitySigns = publicitySigns;
        builder.roadCrossings = roadCrossings;
        builder.warningSigns = warningSigns;
        builder.fenceRequired = fenceRequired;
        builder.fenceComplete = fenceComplete;
        return builder;
    }

    /**
     * Builds a {@link Zone} by named fields, so that no two values of one type can be swapped unseen. One setter per
     * component, named after it and taking what the record holds (null for absent); setting a field again replaces
     * its value. {@link #build()} refuses a zone without {@code level}; checks across records (references, dates in
     * order) are {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from
     * one thread.
     */
    public static final class Builder {

        private @Nullable ZoneLevel level;
        private @Nullable String approvalDocument;
        private @Nullable LocalDate approvedOn;
        private @Nullable BigDecimal waterAreaKm2;
        private @Nullable BigDecimal landAreaKm2;
        private @Nullable Integer boundaryMarkers;
        private @Nullable Integer publicitySigns;
        private @Nullable Integer roadCrossings;
        private @Nullable Integer warningSigns;
        private @Nullable Boolean fenceRequired;
        private @Nullable Boolean fenceComplete;

        private Builder() {
        }

        public Builder level(@Nullable ZoneLevel level) {
            this.level = level;
            return this;
        }

        public Builder approvalDocument(@Nullable String approvalDocument) {
            this.approvalDocument = approvalDocument;
            return this;
        }

        public Builder approvedOn(@Nullable LocalDate approvedOn) {
            this.approvedOn = approvedOn;
            return this;
        }

        public Builder waterAreaKm2(@Nullable BigDecimal waterAreaKm2) {
            this.waterAreaKm2 = waterAreaKm2;
            return this;
        }

        public Builder landAreaKm2(@Nullable BigDecimal landAreaKm2) {
            this.landAreaKm2 = landAreaKm2;
            return this;
        }

        public Builder boundaryMarkers(@Nullable Integer boundaryMarkers) {
            this.boundaryMarkers = boundaryMarkers;
            return this;
        }

        public Builder publicitySigns(@Nullable Integer publicitySigns) {
            this.publicitySigns = publicitySigns;
            return this;
        }

        public Builder roadCrossings(@Nullable Integer roadCrossings) {
            this.roadCrossings = roadCrossings;
            return this;
        }

        public Builder warningSigns(@Nullable Integer warningSigns) {
            this.warningSigns = warningSigns;
            return this;
        }

        public Builder fenceRequired(@Nullable Boolean fenceRequired) {
            this.fenceRequired = fenceRequired;
            return this;
        }

        public Builder fenceComplete(@Nullable Boolean fenceComplete) {
            this.fenceComplete = fenceComplete;
            return this;
        }

        /**
         * The zone.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public Zone build() {
            return IncompleteRecordException.requireComplete(new Zone(
                    level, approvalDocument, approvedOn, waterAreaKm2, landAreaKm2, boundaryMarkers, publicitySigns,
                    roadCrossings, warningSigns, fenceRequired, fenceComplete));
        }
    }
}
