package io.github.shuiyuan.core.problem;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An environmental problem on the master list (附表1): where it is, who must fix it by when,
 * and how far it has come. {@code progressPercent} (0–100, the reported progress of a problem not yet
 * done, from the ledger's 整治进度) and {@code remarks} (the ledger's 备注) are optional: null when unknown.
 *
 * <p>Immutable and thread-safe.
 */
public record Problem(
        @Required String id,
        @Required Integer serialNo,
        @Required String waterSourceId,
        @Required ZoneLevel zoneLevel,
        @Required ProblemCategory category,
        @Nullable String location,
        @Nullable String description,
        @Required LocalDate identifiedOn,
        @Nullable IdentifiedBy identifiedBy,
        @Required String responsibleUnitId,
        @Nullable String responsiblePersonId,
        @Nullable LocalDate deadline,
        @Required ProblemStatus status,
        @Nullable LocalDate rectifiedOn,
        @Nullable String measures,
        @Nullable String result,
        @Nullable LocalDate closedOn,
        List<Extension> extensions,
        List<Filing> filings,
        @Nullable BigDecimal progressPercent,
        @Nullable String remarks) {

    public Problem {
        extensions = Lists.copy(extensions);
        filings = Lists.copy(filings);
    }

    /**
     * The status as of {@code asOf}: CLOSED counts only once {@code closedOn} has come, RECTIFIED only
     * once {@code rectifiedOn} has; otherwise the problem reads one step back.
     */
    public ProblemStatus statusAsOf(LocalDate asOf) {
        if (status == ProblemStatus.CLOSED && closedOn != null && !closedOn.isAfter(asOf)) {
            return ProblemStatus.CLOSED;
        }
        if (status == ProblemStatus.CLOSED || status == ProblemStatus.RECTIFIED) {
            return rectifiedOn != null && !rectifiedOn.isAfter(asOf)
                    ? ProblemStatus.RECTIFIED
                    : ProblemStatus.RECTIFYING;
        }
        return status;
    }

    /**
     * The deadline in force on {@code asOf}: the new deadline of the latest extension approved on or
     * before that day, else the original deadline (null when neither is known).
     */
    public @Nullable LocalDate effectiveDeadline(LocalDate asOf) {
        return extensions.stream()
                .filter(e -> e.approvedOn() != null && e.newDeadline() != null && !e.approvedOn().isAfter(asOf))
                .max(Comparator.comparing(Extension::approvedOn))
                .map(Extension::newDeadline)
                .orElse(deadline);
    }

    /** Whether the text fields the form's note 3 demands (measures and result) are both filled. */
    public boolean hasMeasuresAndResult() {
        return measures != null && !measures.isBlank() && result != null && !result.isBlank();
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this problem's values: change some and build a new problem. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.serialNo = serialNo;
        builder.waterSourceId = waterSourceId;
        builder.zoneLevel = zoneLevel;
        builder.category = category;
        builder.location = location;
        builder.description = description;
        builder.identifiedOn = identifiedOn;
        builder.identifiedBy = identifiedBy;
        builder.responsibleUnitId = responsibleUnitId;
        builder.responsiblePersonId = responsiblePersonId;
        builder.deadline = deadline;
        builder.status = status;
        builder.rectifiedOn = rectifiedOn;
        builder.measures = measures;
        builder.result = result;
        builder.closedOn = closedOn;
        builder.extensions = extensions;
        builder.filings = filings;
        builder.progressPercent = progressPercent;
        builder.remarks = remarks;
        return builder;
    }

    /**
     * Builds a {@link Problem} by named fields, so that no two values of one type can be swapped unseen. One setter
     * per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a problem without {@code id}, {@code serialNo},
     * {@code waterSourceId}, {@code zoneLevel}, {@code category}, {@code identifiedOn}, {@code responsibleUnitId},
     * {@code status}; checks across records (references, dates in order) are
     * {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from one
     * thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable Integer serialNo;
        private @Nullable String waterSourceId;
        private @Nullable ZoneLevel zoneLevel;
        private @Nullable ProblemCategory category;
        private @Nullable String location;
        private @Nullable String description;
        private @Nullable LocalDate identifiedOn;
        private @Nullable IdentifiedBy identifiedBy;
        private @Nullable String responsibleUnitId;
        private @Nullable String responsiblePersonId;
        private @Nullable LocalDate deadline;
        private @Nullable ProblemStatus status;
        private @Nullable LocalDate rectifiedOn;
        private @Nullable String measures;
        private @Nullable String result;
        private @Nullable LocalDate closedOn;
        private @Nullable List<Extension> extensions;
        private @Nullable List<Filing> filings;
        private @Nullable BigDecimal progressPercent;
        private @Nullable String remarks;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder serialNo(@Nullable Integer serialNo) {
            this.serialNo = serialNo;
            return this;
        }

        public Builder waterSourceId(@Nullable String waterSourceId) {
            this.waterSourceId = waterSourceId;
            return this;
        }

        public Builder zoneLevel(@Nullable ZoneLevel zoneLevel) {
            this.zoneLevel = zoneLevel;
            return this;
        }

        public Builder category(@Nullable ProblemCategory category) {
            this.category = category;
            return this;
        }

        public Builder location(@Nullable String location) {
            this.location = location;
            return this;
        }

        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        public Builder identifiedOn(@Nullable LocalDate identifiedOn) {
            this.identifiedOn = identifiedOn;
            return this;
        }

        public Builder identifiedBy(@Nullable IdentifiedBy identifiedBy) {
            this.identifiedBy = identifiedBy;
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

        public Builder deadline(@Nullable LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder status(@Nullable ProblemStatus status) {
            this.status = status;
            return this;
        }

        public Builder rectifiedOn(@Nullable LocalDate rectifiedOn) {
            this.rectifiedOn = rectifiedOn;
            return this;
        }

        public Builder measures(@Nullable String measures) {
            this.measures = measures;
            return this;
        }

        public Builder result(@Nullable String result) {
            this.result = result;
            return this;
        }

        public Builder closedOn(@Nullable LocalDate closedOn) {
            this.closedOn = closedOn;
            return this;
        }

        public Builder extensions(@Nullable List<Extension> extensions) {
            this.extensions = extensions;
            return this;
        }

        public Builder filings(@Nullable List<Filing> filings) {
            this.filings = filings;
            return this;
        }

        public Builder progressPercent(@Nullable BigDecimal progressPercent) {
            this.progressPercent = progressPercent;
            return this;
        }

        public Builder remarks(@Nullable String remarks) {
            this.remarks = remarks;
            return this;
        }

        /**
         * The problem.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public Problem build() {
            return IncompleteRecordException.requireComplete(new Problem(
                    id, serialNo, waterSourceId, zoneLevel, category, location, description, identifiedOn,
                    identifiedBy, responsibleUnitId, responsiblePersonId, deadline, status, rectifiedOn, measures,
                    result, closedOn, extensions, filings, progressPercent, remarks));
        }
    }
}
