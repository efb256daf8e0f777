package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.report.CloseOutCounts;
import io.github.shuiyuan.report.DisclosedProblem;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.ProgressCounts;
import io.github.shuiyuan.report.Ratio;
import io.github.shuiyuan.report.SourceDisclosure;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ProblemView;
import io.github.shuiyuan.rules.WaterQualityResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the monthly disclosure from a case file and its assessment as of the disclosure's date D: every count
 * comes from the assessment's per-problem view (nothing is judged again here), every text that reaches the page
 * passes through {@link PersonalData}.
 */
public final class DisclosureBuilder {

    /** Why 整治完成率 has no percentage. */
    static final String NO_PROBLEMS = "截至统计日无环境问题";
    /** Why 销号合规率 has no percentage. */
    static final String NO_CLOSE_OUTS = "截至统计日无已销号问题";

    private final CaseFile caseFile;
    private final Assessment assessment;
    private final YearMonth period;
    private final LocalDate asOf;
    private final PersonalData personalData;
    private final Map<String, Problem> problems;
    private final Map<String, WaterSource> sources;

    private DisclosureBuilder(CaseFile caseFile, Assessment assessment, YearMonth period) {
        this.caseFile = caseFile;
        this.assessment = assessment;
        this.period = period;
        this.asOf = assessment.asOf();
        this.personalData = PersonalData.of(caseFile);
        this.problems = caseFile.problems().stream().collect(Collectors.toMap(Problem::id, Function.identity()));
        this.sources = caseFile.waterSources().stream().collect(Collectors.toMap(WaterSource::id, Function.identity()));
    }

    /** The disclosure of {@code period} as of the assessment's date, published on {@code publishedOn} (null: a draft). */
    public static DisclosurePage build(CaseFile caseFile, Assessment assessment, YearMonth period, LocalDate publishedOn) {
        return new DisclosureBuilder(caseFile, assessment, period).page(publishedOn);
    }

    private DisclosurePage page(LocalDate publishedOn) {
        String jurisdiction = caseFile.jurisdiction().name() == null ? "" : caseFile.jurisdiction().name();
        String title = jurisdiction + "饮用水水源地环境保护情况公开（" + period.getYear() + "年" + period.getMonthValue() + "月）";
        List<SourceDisclosure> disclosed = caseFile.waterSources().stream()
                .filter(s -> s.status() != SourceStatus.RETIRED || !problemsOf(s).isEmpty())
                .map(this::source)
                .toList();
        List<DisclosedProblem> list = assessment.problems().stream()
                .sorted(Comparator.comparingInt(ProblemView::serialNo).thenComparing(ProblemView::problemId))
                .map(this::problem)
                .toList();
        return new DisclosurePage(period, asOf, publishedOn, jurisdiction, title, publisher(), totals(), disclosed, list);
    }

    private DisclosurePage.Publisher publisher() {
        String unitId = caseFile.campaign() == null ? null : caseFile.campaign().reportRecipientUnitId();
        String name = unitId == null ? "" : new Names(caseFile).unit(unitId);
        return new DisclosurePage.Publisher(name, PersonalData.publicPhone(caseFile));
    }

    private DisclosurePage.Totals totals() {
        List<ProblemView> all = assessment.problems();
        ProgressCounts progress = ProgressCounts.of(all);
        CloseOutCounts closeOuts = CloseOutCounts.of(all);
        return new DisclosurePage.Totals(progress, completion(progress), closeOuts,
                Ratio.of(closeOuts.compliant(), closeOuts.closed(), NO_CLOSE_OUTS),
                ReportRate.of(caseFile, period, asOf));
    }

    private static Ratio completion(ProgressCounts progress) {
        return Ratio.of(progress.done(), progress.total(), NO_PROBLEMS);
    }

    private List<ProblemView> problemsOf(WaterSource source) {
        return assessment.problems().stream().filter(p -> source.id().equals(p.waterSourceId())).toList();
    }

    private SourceDisclosure source(WaterSource source) {
        List<ProblemView> views = problemsOf(source);
        ProgressCounts progress = ProgressCounts.of(views);
        return new SourceDisclosure(personalData.scrub(source.name()), source.kind(), source.adminLevel(), source.status(),
                zones(source), progress, completion(progress), CloseOutCounts.of(views), waterQuality(source));
    }

    private List<SourceDisclosure.ZoneApproval> zones(WaterSource source) {
        List<SourceDisclosure.ZoneApproval> zones = new ArrayList<>();
        for (ZoneLevel level : ZoneLevel.values()) {
            Zone zone = source.zone(level).orElse(null);
            boolean expected = level == ZoneLevel.FIRST || level == ZoneLevel.SECOND && source.isSurfaceWater();
            if (zone == null && expected) {
                zones.add(new SourceDisclosure.ZoneApproval(level, false, null, null));
            } else if (zone != null) {
                boolean approved = zone.hasApprovalDocument() && zone.approvedOn() != null && !zone.approvedOn().isAfter(asOf);
                zones.add(new SourceDisclosure.ZoneApproval(level, approved,
                        approved ? personalData.scrub(zone.approvalDocument()) : null, approved ? zone.approvedOn() : null));
            }
        }
        return zones;
    }

    /** The sentence for the latest graded sample of the period taken on or before D. */
    private String waterQuality(WaterSource source) {
        return assessment.waterQuality().stream()
                .filter(w -> source.id().equals(w.waterSourceId()) && w.grade() != null)
                .filter(w -> YearMonth.from(w.sampledOn()).equals(period) && !w.sampledOn().isAfter(asOf))
                .max(Comparator.comparing(WaterQualityResult::sampledOn).thenComparing(WaterQualityResult::sampleId))
                .map(w -> QualitySentence.of(period, source.kind(), w.grade(), w.target(), Boolean.TRUE.equals(w.compliant()),
                        Boolean.TRUE.equals(w.targetMet()), sample(w.sampleId()).values(), w.exceedances()))
                .orElse(QualitySentence.NOT_MONITORED);
    }

    private Sample sample(String id) {
        return caseFile.samples().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private DisclosedProblem problem(ProblemView view) {
        Problem p = problems.get(view.problemId());
        WaterSource source = sources.get(p.waterSourceId());
        return new DisclosedProblem(p.serialNo(), scrub(p.location()), personalData.scrub(source.name()),
                LedgerColumns.sourceClass(source.adminLevel()), LedgerColumns.zoneType(p.zoneLevel()),
                LedgerColumns.problemType(p.category()), scrub(p.description()), scrub(p.measures()),
                LedgerColumns.deadlineInForce(view), scrub(p.result()), LedgerColumns.done(view),
                LedgerColumns.progressPercent(view, p.progressPercent()), view.progress(), view.progress().label(),
                closeOut(view));
    }

    private String scrub(String text) {
        return text == null ? "" : personalData.scrub(text);
    }

    private static String closeOut(ProblemView view) {
        if (!view.closed()) {
            return "";
        }
        if (!view.irregularlyClosed()) {
            return "合规销号";
        }
        String unmet = view.unmetInWords();
        return unmet.isEmpty() ? "违规销号" : "违规销号：" + unmet;
    }
}
