package io.github.shuiyuan.core.evidence;

import io.github.shuiyuan.core.Required;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A piece of evidence (佐证材料): a photo, video or document, for a problem or a source, with its
 * capture time and content hash.
 */
public record Evidence(
        @Required String id,
        String problemId,
        String waterSourceId,
        @Required EvidenceKind kind,
        String uri,
        String sha256,
        OffsetDateTime capturedAt,
        LocalDate submittedOn) {

    /** China Standard Time, the offset at which capture instants are read as dates. */
    public static final ZoneOffset LOCAL_OFFSET = ZoneOffset.ofHours(8);

    /** The capture date at +08:00, or null when the capture time is unknown. */
    public LocalDate capturedOn() {
        return capturedAt == null ? null : capturedAt.withOffsetSameInstant(LOCAL_OFFSET).toLocalDate();
    }

    /** The date from which the evidence exists: submitted, else captured (null when neither is known). */
    public LocalDate existsFrom() {
        return submittedOn != null ? submittedOn : capturedOn();
    }

    /** Whether a hash was given (blank counts as none). */
    public boolean hasHash() {
        return sha256 != null && !sha256.isBlank();
    }
}
