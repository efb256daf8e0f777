package io.github.shuiyuan.core.problem;

import io.github.shuiyuan.core.Lists;
import io.github.shuiyuan.core.Required;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An environmental problem on the master list (附表1): where it is, who must fix it by when,
 * and how far it has come. {@code progressPercent} (0–100, the reported progress of a problem not yet
 * done, from the ledger's 整治进度) and {@code remarks} (the ledger's 备注) are optional: null when unknown.
 */
public record Problem(
        @Required String id,
        @Required Integer serialNo,
        @Required String waterSourceId,
        @Required ZoneLevel zoneLevel,
        @Required ProblemCategory category,
        String location,
        String description,
        @Required LocalDate identifiedOn,
        IdentifiedBy identifiedBy,
        @Required String responsibleUnitId,
        String responsiblePersonId,
        LocalDate deadline,
        @Required ProblemStatus status,
        LocalDate rectifiedOn,
        String measures,
        String result,
        LocalDate closedOn,
        List<Extension> extensions,
        List<Filing> filings,
        BigDecimal progressPercent,
        String remarks) {

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
    public LocalDate effectiveDeadline(LocalDate asOf) {
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
}
