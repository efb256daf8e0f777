package io.github.shuiyuan.core.reporting;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sub-district's monthly look-back progress report (月报) for one period.
 *
 * <p>Immutable and thread-safe.
 */
public record MonthlyReport(
        @Required String id,
        @Required String unitId,
        @Required YearMonth period,
        @Nullable LocalDate submittedOn,
        @Nullable ReportChannel channel,
        List<String> copiedToUnitIds) {

    public MonthlyReport {
        copiedToUnitIds = Lists.copy(copiedToUnitIds);
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
        builder.period = period;
        builder.submittedOn = submittedOn;
        builder.channel = channel;
        builder.copiedToUnitIds = copiedToUnitIds;
        return builder;
    }

    /**
     * Builds a {@link MonthlyReport} by named fields, so that no two values of one type can be swapped unseen. One
     * setter per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a report without {@code id}, {@code unitId}, {@code period};
     * checks across records (references, dates in order) are
     * {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from one
     * thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String unitId;
        private @Nullable YearMonth period;
        private @Nullable LocalDate submittedOn;
        private @Nullable ReportChannel channel;
        private @Nullable List<String> copiedToUnitIds;

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

        public Builder period(@Nullable YearMonth period) {
            this.period = period;
            return this;
        }

        public Builder submittedOn(@Nullable LocalDate submittedOn) {
            this.submittedOn = submittedOn;
            return this;
        }

        public Builder channel(@Nullable ReportChannel channel) {
            this.channel = channel;
            return this;
        }

        public Builder copiedToUnitIds(@Nullable List<String> copiedToUnitIds) {
            this.copiedToUnitIds = copiedToUnitIds;
            return this;
        }

        /**
         * The report.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public MonthlyReport build() {
            return IncompleteRecordException.requireComplete(new MonthlyReport(
                    id, unitId, period, submittedOn, channel, copiedToUnitIds));
        }
    }
}
