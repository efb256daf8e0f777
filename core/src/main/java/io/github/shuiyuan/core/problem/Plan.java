package io.github.shuiyuan.core.problem;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rectification plan (整改方案): one source, one plan, seen through to the end.
 *
 * <p>Immutable and thread-safe.
 */
public record Plan(
        @Required String id,
        @Required String waterSourceId,
        @Nullable LocalDate approvedOn,
        @Nullable String responsibleUnitId,
        @Nullable String responsiblePersonId,
        @Nullable String leaderPersonId,
        List<String> problemIds,
        List<String> measures,
        List<Milestone> milestones) {

    public Plan {
        problemIds = Lists.copy(problemIds);
        measures = Lists.copy(measures);
        milestones = Lists.copy(milestones);
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this plan's values: change some and build a new plan. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.waterSourceId = waterSourceId;
        builder.approvedOn = approvedOn;
        builder.responsibleUnitId = responsibleUnitId;
        builder.responsiblePersonId = responsiblePersonId;
        builder.leaderPersonId = leaderPersonId;
        builder.problemIds = problemIds;
        builder.measures = measures;
        builder.milestones = milestones;
        return builder;
    }

    /**
     * Builds a {@link Plan} by named fields, so that no two values of one type can be swapped unseen. One setter per
     * component, named after it and taking what the record holds (null for absent); setting a field again replaces
     * its value. {@link #build()} refuses a plan without {@code id}, {@code waterSourceId}; checks across records
     * (references, dates in order) are {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not
     * thread-safe: use a builder from one thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String waterSourceId;
        private @Nullable LocalDate approvedOn;
        private @Nullable String responsibleUnitId;
        private @Nullable String responsiblePersonId;
        private @Nullable String leaderPersonId;
        private @Nullable List<String> problemIds;
        private @Nullable List<String> measures;
        private @Nullable List<Milestone> milestones;

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

        public Builder approvedOn(@Nullable LocalDate approvedOn) {
            this.approvedOn = approvedOn;
            return this;
        }

        public Builder responsibleUnitId(@Nullable String responsibleUnitId) {
            this.responsibleUnitId = responsibleUnitId;
            return this;
        }

        public Builder responsiblePersonId(@Nullable String responsiblePersonId) {
            this.responsiblePersonId = responsiblePersonId;
            return this;
        }

        public Builder leaderPersonId(@Nullable String leaderPersonId) {
            this.leaderPersonId = leaderPersonId;
            return this;
        }

        public Builder problemIds(@Nullable List<String> problemIds) {
            this.problemIds = problemIds;
            return this;
        }

        public Builder measures(@Nullable List<String> measures) {
            this.measures = measures;
            return this;
        }

        public Builder milestones(@Nullable List<Milestone> milestones) {
            this.milestones = milestones;
            return this;
        }

        /**
         * The plan.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public Plan build() {
            return IncompleteRecordException.requireComplete(new Plan(
                    id, waterSourceId, approvedOn, responsibleUnitId, responsiblePersonId, leaderPersonId,
                    problemIds, measures, milestones));
        }
    }
}
