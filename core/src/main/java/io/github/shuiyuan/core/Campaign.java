package io.github.shuiyuan.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The special action (专项行动) and its calendar: the report periods and due day, the
 * rectification deadline, the summary due date and who receives reports and copies.
 * Every deadline a rule uses comes from here, never from code.
 *
 * <p>Immutable and thread-safe.
 */
public record Campaign(
        @Required String id,
        String title,
        String documentNo,
        LocalDate issuedOn,
        YearMonth firstReportPeriod,
        Integer reportDueDay,
        LocalDate rectificationDeadline,
        LocalDate summaryDueOn,
        YearMonth lastReportPeriod,
        YearMonth disclosureFromPeriod,
        String reportRecipientUnitId,
        List<String> copyToUnitIds) {

    public Campaign {
        copyToUnitIds = Lists.copy(copyToUnitIds);
    }

    /** The last report period: {@code lastReportPeriod}, else the month of the rectification deadline. */
    public YearMonth effectiveLastReportPeriod() {
        if (lastReportPeriod != null) {
            return lastReportPeriod;
        }
        return rectificationDeadline == null ? null : YearMonth.from(rectificationDeadline);
    }

    /** The first disclosure period: {@code disclosureFromPeriod}, else {@code firstReportPeriod}. */
    public YearMonth effectiveDisclosureFromPeriod() {
        return disclosureFromPeriod != null ? disclosureFromPeriod : firstReportPeriod;
    }

    /** The day the report for {@code period} is due ("每月22日前": on or before it), clamped to the month's end. */
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

        private String id;
        private String title;
        private String documentNo;
        private LocalDate issuedOn;
        private YearMonth firstReportPeriod;
        private Integer reportDueDay;
        private LocalDate rectificationDeadline;
        private LocalDate summaryDueOn;
        private YearMonth lastReportPeriod;
        private YearMonth disclosureFromPeriod;
        private String reportRecipientUnitId;
        private List<String> copyToUnitIds;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder documentNo(String documentNo) {
            this.documentNo = documentNo;
            return this;
        }

        public Builder issuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
            return this;
        }

        public Builder firstReportPeriod(YearMonth firstReportPeriod) {
            this.firstReportPeriod = firstReportPeriod;
            return this;
        }

        public Builder reportDueDay(Integer reportDueDay) {
            this.reportDueDay = reportDueDay;
            return this;
        }

        public Builder rectificationDeadline(LocalDate rectificationDeadline) {
            this.rectificationDeadline = rectificationDeadline;
            return this;
        }

        public Builder summaryDueOn(LocalDate summaryDueOn) {
            this.summaryDueOn = summaryDueOn;
            return this;
        }

        public Builder lastReportPeriod(YearMonth lastReportPeriod) {
            this.lastReportPeriod = lastReportPeriod;
            return this;
        }

        public Builder disclosureFromPeriod(YearMonth disclosureFromPeriod) {
            this.disclosureFromPeriod = disclosureFromPeriod;
            return this;
        }

        public Builder reportRecipientUnitId(String reportRecipientUnitId) {
            this.reportRecipientUnitId = reportRecipientUnitId;
            return this;
        }

        public Builder copyToUnitIds(List<String> copyToUnitIds) {
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
