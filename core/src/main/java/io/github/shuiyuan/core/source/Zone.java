package io.github.shuiyuan.core.source;

import io.github.shuiyuan.core.Required;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One protection zone of a source: its approval (划定) and its markings (立): boundary markers,
 * publicity and warning signs, isolation fence. Counts are null when unknown, not zero.
 */
public record Zone(
        @Required ZoneLevel level,
        String approvalDocument,
        LocalDate approvedOn,
        BigDecimal waterAreaKm2,
        BigDecimal landAreaKm2,
        Integer boundaryMarkers,
        Integer publicitySigns,
        Integer roadCrossings,
        Integer warningSigns,
        Boolean fenceRequired,
        Boolean fenceComplete) {

    /** The subject id rules use for a zone: {@code <sourceId>/<level>}. */
    public String subjectId(String waterSourceId) {
        return waterSourceId + "/" + level.name();
    }

    /** Whether the zone carries an approval document (blank counts as none). */
    public boolean hasApprovalDocument() {
        return approvalDocument != null && !approvalDocument.isBlank();
    }
}
