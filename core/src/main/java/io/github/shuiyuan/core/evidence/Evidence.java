package io.github.shuiyuan.core.evidence;

import io.github.shuiyuan.core.IncompleteRecordException;
import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence (佐证材料): a photo, video or document, for a problem or a source, with its
 * capture time and content hash.
 *
 * <p>Immutable and thread-safe.
 */
public record Evidence(
        @Required String id,
        @Nullable String problemId,
        @Nullable String waterSourceId,
        @Required EvidenceKind kind,
        @Nullable String uri,
        @Nullable String sha256,
        @Nullable OffsetDateTime capturedAt,
        @Nullable LocalDate submittedOn) {

    /** China Standard Time, the offset at which capture instants are read as dates. */
    public static final ZoneOffset LOCAL_OFFSET = ZoneOffset.ofHours(8);

    /** The capture date at +08:00, or null when the capture time is unknown. */
    public @Nullable LocalDate capturedOn() {
        return capturedAt == null ? null : capturedAt.withOffsetSameInstant(LOCAL_OFFSET).toLocalDate();
    }

    /** The date from which the evidence exists: submitted, else captured (null when neither is known). */
    public @Nullable LocalDate existsFrom() {
        return submittedOn != null ? submittedOn : capturedOn();
    }

    /** Whether a hash was given (blank counts as none). */
    public boolean hasHash() {
        return sha256 != null && !sha256.isBlank();
    }

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this piece of evidence's values: change some and build a new piece of evidence. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.problemId = problemId;
        builder.waterSourceId = waterSourceId;
        builder.kind = kind;
        builder.uri = uri;
        builder.sha256 = sha256;
        builder.capturedAt = capturedAt;
        builder.submittedOn = submittedOn;
        return builder;
    }

    /**
     * Builds a {@link Evidence} by named fields, so that no two values of one type can be swapped unseen. One setter
     * per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a piece of evidence without {@code id}, {@code kind}; checks
     * across records (references, dates in order) are
     * {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from one
     * thread.
     */
    public static final class Builder {

        private @Nullable String id;
        private @Nullable String problemId;
        private @Nullable String waterSourceId;
        private @Nullable EvidenceKind kind;
        private @Nullable String uri;
        private @Nullable String sha256;
        private @Nullable OffsetDateTime capturedAt;
        private @Nullable LocalDate submittedOn;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder problemId(@Nullable String problemId) {
            this.problemId = problemId;
            return this;
        }

        public Builder waterSourceId(@Nullable String waterSourceId) {
            this.waterSourceId = waterSourceId;
            return this;
        }

        public Builder kind(@Nullable EvidenceKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder uri(@Nullable String uri) {
            this.uri = uri;
            return this;
        }

        public Builder sha256(@Nullable String sha256) {
            this.sha256 = sha256;
            return this;
        }

        public Builder capturedAt(@Nullable OffsetDateTime capturedAt) {
            this.capturedAt = capturedAt;
            return this;
        }

        public Builder submittedOn(@Nullable LocalDate submittedOn) {
            this.submittedOn = submittedOn;
            return this;
        }

        /**
         * The piece of evidence.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public Evidence build() {
            return IncompleteRecordException.requireComplete(new Evidence(
                    id, problemId, waterSourceId, kind, uri, sha256, capturedAt, submittedOn));
        }
    }
}
