package io.github.shuiyuan.core.inspection;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A patrol, look-back, supervisory check or sampling visit at a source on a date.
 *
 * <p>Immutable and thread-safe.
 */
public record Inspection(
        @Required String id,
        @Required InspectionType type,
        @Required String waterSourceId,
        @Required LocalDate date,
        @Nullable String unitId,
        List<String> inspectorPersonIds,
        List<InspectionResult> results,
        List<String> newProblemIds) {

    public Inspection {
        inspectorPersonIds = Lists.copy(inspectorPersonIds);
        results = Lists.copy(results);
        newProblemIds = Lists.copy(newProblemIds);
    }

    /** Whether this is a look-back (回头看). */
    public boolean isLookBack() {
        return type == InspectionType.LOOK_BACK;
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this inspection's values: change some and build a new inspection. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.type = type;
        builder.waterSourceId = waterSourceId;
        builder.date = date;
        builder.unitId = unitId;
        builder.inspectorPersonIds = inspectorPersonIds;
        builder.results = results;
        builder.newProblemIds = newProblemIds;
        return builder;
    }

    /**
     * Builds a {@link Inspection} by named fields, so that no two values of one type can be swapped unseen. One
     * setter per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a inspection without {@code id}, {@code type},
     * {@code waterSourceId}, {@code date}; checks across records (references, dates in order) are
     * {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from one
     * thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable InspectionType type;
        private @Nullable String waterSourceId;
        private @Nullable LocalDate date;
        private @Nullable String unitId;
        private @Nullable List<String> inspectorPersonIds;
        private @Nullable List<InspectionResult> results;
        private @Nullable List<String> newProblemIds;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder type(@Nullable InspectionType type) {
            this.type = type;
            return this;
        }

        public Builder waterSourceId(@Nullable String waterSourceId) {
            this.waterSourceId = waterSourceId;
            return this;
        }

        public Builder date(@Nullable LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder unitId(@Nullable String unitId) {
            this.unitId = unitId;
            return this;
        }

        public Builder inspectorPersonIds(@Nullable List<String> inspectorPersonIds) {
            this.inspectorPersonIds = inspectorPersonIds;
            return this;
        }

        public Builder results(@Nullable List<InspectionResult> results) {
            this.results = results;
            return this;
        }

        public Builder newProblemIds(@Nullable List<String> newProblemIds) {
            this.newProblemIds = newProblemIds;
            return this;
        }

        /**
         * The inspection.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public Inspection build() {
            return IncompleteRecordException.requireComplete(new Inspection(
                    id, type, waterSourceId, date, unitId, inspectorPersonIds, results, newProblemIds));
        }
    }
}
