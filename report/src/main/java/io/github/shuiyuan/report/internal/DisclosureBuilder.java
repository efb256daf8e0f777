package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.SourceDisclosure;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.WaterQualityResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the monthly disclosure from a case file and an assessment: every figure is as of the period's last
 * day, and nothing personal is copied in (only organisations, counts, dates and approval numbers).
 */
public final class DisclosureBuilder {

    private final CaseFile caseFile;
    private final Assessment assessment;
    private final YearMonth period;
    private final LocalDate end;
    private final Names names;

    private DisclosureBuilder(CaseFile caseFile, Assessment assessment, YearMonth period) {
        this.caseFile = caseFile;
        this.assessment = assessment;
        this.period = period;
        this.end = period.atEndOfMonth();
        this.names = new Names(caseFile);
    }

    /** The disclosure of {@code period}. */
    public static DisclosurePage build(CaseFile caseFile, Assessment assessment, YearMonth period) {
        return new DisclosureBuilder(caseFile, assessment, period).page();
    }

    private DisclosurePage page() {
        String jurisdiction = caseFile.jurisdiction().name() == null ? "" : caseFile.jurisdiction().name();
        String title = jurisdiction + "饮用水水源地环境保护情况公开（" + period.getYear() + "年" + period.getMonthValue() + "月）";
        List<SourceDisclosure> sources = caseFile.waterSources().stream()
                .filter(s -> s.status() != SourceStatus.RETIRED)
                .map(this::source)
                .toList();
        return new DisclosurePage(period, end, jurisdiction, title, sources);
    }

    private SourceDisclosure source(WaterSource source) {
        List<Problem> problems = caseFile.problems().stream()
                .filter(p -> source.id().equals(p.waterSourceId()))
                .filter(p -> !p.identifiedOn().isAfter(end))
                .toList();
        SourceDisclosure.ProblemCounts counts = counts(problems);
        return new SourceDisclosure(source.name(), source.kind(), source.status(), names.unit(source.responsibleUnitId()),
                zones(source), counts, Percent.of(counts.rectified() + counts.closed(), counts.total()),
                quality(source), completeness(source, problems));
    }

    private List<SourceDisclosure.ZoneApproval> zones(WaterSource source) {
        List<SourceDisclosure.ZoneApproval> zones = new ArrayList<>();
        for (ZoneLevel level : ZoneLevel.values()) {
            Zone zone = source.zone(level).orElse(null);
            boolean expected = level == ZoneLevel.FIRST || level == ZoneLevel.SECOND && source.isSurfaceWater();
            if (zone == null && expected) {
                zones.add(new SourceDisclosure.ZoneApproval(level, false, null, null));
            } else if (zone != null) {
                boolean approved = zone.hasApprovalDocument() && zone.approvedOn() != null && !zone.approvedOn().isAfter(end);
                zones.add(new SourceDisclosure.ZoneApproval(level, approved, approved ? zone.approvalDocument() : null,
                        approved ? zone.approvedOn() : null));
            }
        }
        return zones;
    }

    private SourceDisclosure.ProblemCounts counts(List<Problem> problems) {
        Map<ProblemStatus, Integer> byStatus = new EnumMap<>(ProblemStatus.class);
        problems.forEach(p -> byStatus.merge(p.statusAsOf(end), 1, Integer::sum));
        return new SourceDisclosure.ProblemCounts(problems.size(), byStatus.getOrDefault(ProblemStatus.OPEN, 0),
                byStatus.getOrDefault(ProblemStatus.RECTIFYING, 0), byStatus.getOrDefault(ProblemStatus.RECTIFIED, 0),
                byStatus.getOrDefault(ProblemStatus.CLOSED, 0));
    }

    private SourceDisclosure.Quality quality(WaterSource source) {
        List<WaterQualityResult> month = assessment.waterQuality().stream()
                .filter(w -> source.id().equals(w.waterSourceId()))
                .filter(w -> YearMonth.from(w.sampledOn()).equals(period))
                .toList();
        List<WaterQualityResult> graded = month.stream().filter(w -> w.grade() != null).toList();
        if (graded.isEmpty()) {
            return new SourceDisclosure.Quality(month.size(), null, null, null);
        }
        Grade worst = graded.stream().map(WaterQualityResult::grade).max(Grade::compareTo).orElseThrow();
        boolean compliant = graded.stream().allMatch(w -> Boolean.TRUE.equals(w.compliant()));
        boolean targetMet = graded.stream().allMatch(w -> Boolean.TRUE.equals(w.targetMet()));
        return new SourceDisclosure.Quality(month.size(), worst, compliant, targetMet);
    }

    private SourceDisclosure.Completeness completeness(WaterSource source, List<Problem> problems) {
        Set<String> relevant = new TreeSet<>();
        addIfSubDistrict(relevant, source.responsibleUnitId());
        problems.forEach(p -> addIfSubDistrict(relevant, p.responsibleUnitId()));
        int reported = (int) relevant.stream().filter(this::reported).count();
        List<Problem> closed = problems.stream().filter(p -> p.statusAsOf(end) == ProblemStatus.CLOSED).toList();
        int withPhotos = (int) closed.stream().filter(this::hasPhotosBeforeAndAfter).count();
        return new SourceDisclosure.Completeness(relevant.size(), reported, Percent.of(reported, relevant.size()),
                closed.size(), withPhotos, Percent.of(withPhotos, closed.size()));
    }

    private void addIfSubDistrict(Set<String> units, String unitId) {
        if (caseFile.unit(unitId).map(Unit::isSubDistrict).orElse(false)) {
            units.add(unitId);
        }
    }

    private boolean reported(String unitId) {
        return caseFile.monthlyReports().stream().anyMatch(r -> unitId.equals(r.unitId()) && period.equals(r.period())
                && (r.submittedOn() == null || !r.submittedOn().isAfter(end)));
    }

    private boolean hasPhotosBeforeAndAfter(Problem problem) {
        return hasEvidence(problem, EvidenceKind.PHOTO_BEFORE) && hasEvidence(problem, EvidenceKind.PHOTO_AFTER);
    }

    private boolean hasEvidence(Problem problem, EvidenceKind kind) {
        return caseFile.evidence().stream().anyMatch(e -> problem.id().equals(e.problemId()) && e.kind() == kind
                && existsBy(e));
    }

    private boolean existsBy(Evidence evidence) {
        LocalDate from = evidence.existsFrom();
        return from == null || !from.isAfter(end);
    }
}
