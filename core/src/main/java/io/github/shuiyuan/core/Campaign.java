package io.github.shuiyuan.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The special action (专项行动) and its calendar: the report periods and due day, the
 * rectification deadline, the summary due date and who receives reports and copies.
 * Every deadline a rule uses comes from here, never from code.
 *
 * <p>Immutable and thread-safe.
 */
public record Campaign(
        @Required String id,
        @Nullable String title,
        @Nullable String documentNo,
        @Nullable LocalDate issuedOn,
        @Nullable YearMonth firstReportPeriod,
        @Nullable Integer reportDueDay,
        @Nullable LocalDate rectificationDeadline,
        @Nullable LocalDate summaryDueOn,
        @Nullable YearMonth lastReportPeriod,
        @Nullable YearMonth disclosureFromPeriod,
        @Nullable String reportRecipientUnitId,
        List<String> copyToUnitIds) {

    public Campaign {
        copyToUnitIds = Lists.copy(copyToUnitIds);
    }

    /** The last report period: {@code lastReportPeriod}, else the month of the rectification deadline (null when neither is known). */
    public @Nullable YearMonth effectiveLastReportPeriod() {
        if (lastReportPeriod != null) {
            return lastReportPeriod;
        }
        return rectificationDeadline == null ? null : YearMonth.from(rectificationDeadline);
    }

    /** The first disclosure period: {@code disclosureFromPeriod}, else {@code firstReportPeriod} (null when neither is known). */
    public @Nullable YearMonth effectiveDisclosureFromPeriod() {
        return disclosureFromPeriod != null ? disclosureFromPeriod : firstReportPeriod;
    }

    /**
     * The day the report for {@code period} is due ("每月22日前": on or before it), clamped to the month's end.
     *
     * @throws NullPointerException when the campaign has no {@code reportDueDay}
     */
    public LocalDate reportDueOn(YearMonth period) {
        return period.atDay(Math.min(reportDueDay, period.lengthOfMonth()));
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this campaign's values: change some and build a new campaign. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.title = title;
        builder.documentNo = documentNo;
        builder.issuedOn = issuedOn;
        builder.firstReportPeriod = firstReportPeriod;
        builder.reportDueDay = reportDueDay;
        builder.rectificationDeadline = rectificationDeadline;
        builder.summaryDueOn = summaryDueOn;
        builder.lastReportPeriod = lastReportPeriod;
        builder.disclosureFromPeriod = disclosureFromPeriod;
        builder.reportRecipientUnitId = reportRecipientUnitId;
        builder.copyToUnitIds = copyToUnitIds;
        return builder;
    }

    /**
     * Builds a {@link Campaign} by named fields, so that no two values of one type can be swapped unseen. One setter
     * per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a campaign without {@code id}; checks across records (references,
     * dates in order) are {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a
     * builder from one thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String title;
        private @Nullable String documentNo;
        private @Nullable LocalDate issuedOn;
        private @Nullable YearMonth firstReportPeriod;
        private @Nullable Integer reportDueDay;
        private @Nullable LocalDate rectificationDeadline;
        private @Nullable LocalDate summaryDueOn;
        private @Nullable YearMonth lastReportPeriod;
        private @Nullable YearMonth disclosureFromPeriod;
        private @Nullable String reportRecipientUnitId;
        private @Nullable List<String> copyToUnitIds;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder documentNo(@Nullable String documentNo) {
            this.documentNo = documentNo;
            return this;
        }

        public Builder issuedOn(@Nullable LocalDate issuedOn) {
            this.issuedOn = issuedOn;
            return this;
        }

        public Builder firstReportPeriod(@Nullable YearMonth firstReportPeriod) {
            this.firstReportPeriod = firstReportPeriod;
            return this;
        }

        public Builder reportDueDay(@Nullable Integer reportDueDay) {
            this.reportDueDay = reportDueDay;
            return this;
        }

        public Builder rectificationDeadline(@Nullable LocalDate rectificationDeadline) {
            this.rectificationDeadline = rectificationDeadline;
            return this;
        }

        public Builder summaryDueOn(@Nullable LocalDate summaryDueOn) {
            this.summaryDueOn = summaryDueOn;
            return this;
        }

        public Builder lastReportPeriod(@Nullable YearMonth lastReportPeriod) {
            this.lastReportPeriod = lastReportPeriod;
            return this;
        }

        public Builder disclosureFromPeriod(@Nullable YearMonth disclosureFromPeriod) {
            this.disclosureFromPeriod = disclosureFromPeriod;
            return this;
        }

        public Builder reportRecipientUnitId(@Nullable String reportRecipientUnitId) {
            this.reportRecipientUnitId = reportRecipientUnitId;
            return this;
        }

        public Builder copyToUnitIds(@Nullable List<String> copyToUnitIds) {
            this.copyToUnitIds = copyToUnitIds;
            return this;
        }

        /**
         * The campaign.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public Campaign build() {
            return IncompleteRecordException.requireComplete(new Campaign(
                    id, title, documentNo, issuedOn, firstReportPeriod, reportDueDay, rectificationDeadline,
                    summaryDueOn, lastReportPeriod, disclosureFromPeriod, reportRecipientUnitId, copyToUnitIds));
        }
    }
}
