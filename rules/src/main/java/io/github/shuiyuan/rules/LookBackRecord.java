package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One look-back result (回头看) recorded for a problem: the inspection that made it, its date, what it found,
 * the unit that made it and its note.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inspectionId the look-back inspection's id
 * @param date         the inspection's date
 * @param outcome      what it found: 未反弹, 反弹 or 未整改到位
 * @param unitId       the unit that made it; null when the case file does not say
 * @param note         the result's note; null when none was written
 */
public record LookBackRecord(String inspectionId, LocalDate date, LookBackOutcome outcome, @Nullable String unitId, @Nullable String note) {

    public LookBackRecord {
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
    }
}
