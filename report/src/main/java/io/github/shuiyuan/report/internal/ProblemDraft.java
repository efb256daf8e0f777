package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.core.problem.Filing;
import io.github.shuiyuan.core.problem.IdentifiedBy;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A problem being edited by a ledger import, which keeps a line in words for every field it changes. */
final class ProblemDraft {

    String id;
    Integer serialNo;
    String waterSourceId;
    ZoneLevel zoneLevel;
    ProblemCategory category;
    String location;
    String description;
    LocalDate identifiedOn;
    IdentifiedBy identifiedBy;
    String responsibleUnitId;
    String responsiblePersonId;
    LocalDate deadline;
    ProblemStatus status;
    LocalDate rectifiedOn;
    String measures;
    String result;
    LocalDate closedOn;
    List<Extension> extensions = List.of();
    List<Filing> filings = List.of();
    BigDecimal progressPercent;
    String remarks;

    private final List<String> changes = new ArrayList<>();

    ProblemDraft() {
    }

    ProblemDraft(Problem p) {
        id = p.id();
        serialNo = p.serialNo();
        waterSourceId = p.waterSourceId();
        zoneLevel = p.zoneLevel();
        category = p.category();
        location = p.location();
        description = p.description();
        identifiedOn = p.identifiedOn();
        identifiedBy = p.identifiedBy();
        responsibleUnitId = p.responsibleUnitId();
        responsiblePersonId = p.responsiblePersonId();
        deadline = p.deadline();
        status = p.status();
        rectifiedOn = p.rectifiedOn();
        measures = p.measures();
        result = p.result();
        closedOn = p.closedOn();
        extensions = p.extensions();
        filings = p.filings();
        progressPercent = p.progressPercent();
        remarks = p.remarks();
    }

    /** Notes that {@code field} changes from {@code before} to {@code after} (in words, as people read them). */
    void changed(String field, Object before, Object after) {
        changes.add(field + "：" + words(before) + "→" + words(after));
    }

    /** The changes in words, in the order they were made. */
    List<String> changes() {
        return List.copyOf(changes);
    }

    Problem build() {
        return new Problem(id, serialNo, waterSourceId, zoneLevel, category, location, description, identifiedOn,
                identifiedBy, responsibleUnitId, responsiblePersonId, deadline, status, rectifiedOn, measures, result,
                closedOn, extensions, filings, progressPercent, remarks);
    }

    private static String words(Object value) {
        if (value == null) {
            return "（空）";
        }
        if (value instanceof LocalDate date) {
            return ChineseDates.format(date);
        }
        if (value instanceof io.github.shuiyuan.core.Labeled labeled) {
            return labeled.label();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return "“" + Objects.toString(value) + "”";
    }
}
