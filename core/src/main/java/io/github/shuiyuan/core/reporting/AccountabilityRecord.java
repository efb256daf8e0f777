package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An accountability measure already decided (问责记录): the ladder starts above the latest one.
 *
 * <p>Immutable and thread-safe.
 */
public record AccountabilityRecord(
        @Required String id,
        @Required String targetUnitId,
        @Nullable String targetPersonId,
        @Required AccountabilityMeasure measure,
        @Required AccountabilityReason reason,
        @Required LocalDate decidedOn,
        @Nullable String basis) {

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values: change some and build a new record. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.targetUnitId = targetUnitId;
        builder.targetPersonId = targetPersonId;
        builder.measure = measure;
        builder.reason = reason;
        builder.decidedOn = decidedOn;
        builder.basis = basis;
        return builder;
    }

    /**
     * Builds a {@link AccountabilityRecord} by named fields, so that no two values of one type can be swapped
     * unseen. One setter per component, named after it and taking what the record holds (null for absent); setting a
     * field again replaces its value. {@link #build()} refuses a record without {@code id}, {@code targetUnitId},
     * {@code measure}, {@code reason}, {@code decidedOn}; checks across records (references, dates in order) are
     * {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from one
     * thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String targetUnitId;
        private @Nullable String targetPersonId;
        private @Nullable AccountabilityMeasure measure;
        private @Nullable AccountabilityReason reason;
        private @Nullable LocalDate decidedOn;
        private @Nullable String basis;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder targetUnitId(@Nullable String targetUnitId) {
            this.targetUnitId = targetUnitId;
            return this;
        }

        public Builder targetPersonId(@Nullable String targetPersonId) {
            this.targetPersonId = targetPersonId;
            return this;
        }

        public Builder measure(@Nullable AccountabilityMeasure measure) {
            this.measure = measure;
            return this;
        }

        public Builder reason(@Nullable AccountabilityReason reason) {
            this.reason = reason;
            return this;
        }

        public Builder decidedOn(@Nullable LocalDate decidedOn) {
            this.decidedOn = decidedOn;
            return this;
        }

        public Builder basis(@Nullable String basis) {
            this.basis = basis;
            return this;
        }

        /**
         * The record.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public AccountabilityRecord build() {
            return IncompleteRecordException.requireComplete(new AccountabilityRecord(
                    id, targetUnitId, targetPersonId, measure, reason, decidedOn, basis));
        }
    }
}
