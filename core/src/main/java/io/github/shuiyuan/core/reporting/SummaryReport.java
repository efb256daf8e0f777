package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sub-district's campaign summary (专项行动工作总结) with its evidence.
 *
 * <p>Immutable and thread-safe.
 */
public record SummaryReport(
        @Required String id,
        @Required String unitId,
        @Nullable LocalDate submittedOn,
        List<String> copiedToUnitIds,
        List<String> evidenceIds) {

    public SummaryReport {
        copiedToUnitIds = Lists.copy(copiedToUnitIds);
        evidenceIds = Lists.copy(evidenceIds);
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this report's values: change some and build a new report. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.unitId = unitId;
        builder.submittedOn = submittedOn;
        builder.copiedToUnitIds = copiedToUnitIds;
        builder.evidenceIds = evidenceIds;
        return builder;
    }

    /**
     * Builds a {@link SummaryReport} by named fields, so that no two values of one type can be swapped unseen. One
     * setter per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a report without {@code id}, {@code unitId}; checks across
     * records (references, dates in order) are {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not
     * thread-safe: use a builder from one thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String unitId;
        private @Nullable LocalDate submittedOn;
        private @Nullable List<String> copiedToUnitIds;
        private @Nullable List<String> evidenceIds;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder unitId(@Nullable String unitId) {
            this.unitId = unitId;
            return this;
        }

        public Builder submittedOn(@Nullable LocalDate submittedOn) {
            this.submittedOn = submittedOn;
            return this;
        }

        public Builder copiedToUnitIds(@Nullable List<String> copiedToUnitIds) {
            this.copiedToUnitIds = copiedToUnitIds;
            return this;
        }

        public Builder evidenceIds(@Nullable List<String> evidenceIds) {
            this.evidenceIds = evidenceIds;
            return this;
        }

        /**
         * The report.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public SummaryReport build() {
            return IncompleteRecordException.requireComplete(new SummaryReport(
                    id, unitId, submittedOn, copiedToUnitIds, evidenceIds));
        }
    }
}
