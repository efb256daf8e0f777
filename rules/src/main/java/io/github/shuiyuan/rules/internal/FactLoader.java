package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Campaign;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.quality.Grading;
import io.github.shuiyuan.core.quality.QualityStandard;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.rules.fact.AsOf;
import io.github.shuiyuan.rules.fact.CampaignPeriod;
import io.github.shuiyuan.rules.fact.EvidenceState;
import io.github.shuiyuan.rules.fact.LookBack;
import io.github.shuiyuan.rules.fact.PlanState;
import io.github.shuiyuan.rules.fact.ProblemState;
import io.github.shuiyuan.rules.fact.ReportingUnit;
import io.github.shuiyuan.rules.fact.SampleGrade;
import io.github.shuiyuan.rules.fact.Thresholds;
import io.github.shuiyuan.rules.fact.ZoneFact;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a case file and an as-of date into the facts the rules match: the case file as it stood on D,
 * and the derived facts (problems, plans and evidence read as of D, zones with their source, graded samples,
 * the campaign calendar, the sub-districts that must report).
 */
final class FactLoader {

    static final String FIRST_ZONE_TARGET = "wq.firstZoneTarget";

    private final Configuration configuration;

    FactLoader(Configuration configuration) {
        this.configuration = configuration;
    }

    /**
     * The facts for {@code file} as of {@code asOf}. Derived facts of a kind no rule matches ({@code wanted}
     * says no) are not built, except the problem states and graded samples, which the assessment reports
     * whatever the rules: an engine with a few rules pays for what those rules read.
     */
    Facts facts(CaseFile file, LocalDate asOf, Predicate<Class<?>> wanted) {
        CaseFile view = file.asOf(asOf);
        List<Object> facts = new ArrayList<>();
        facts.add(AsOf.of(asOf, view.campaign()));
        facts.add(configuration.thresholds());
        facts.addAll(configuration.zoneRules());
        if (view.campaign() != null) {
            facts.add(view.campaign());
            if (wanted.test(CampaignPeriod.class)) {
                facts.addAll(periods(view.campaign()));
            }
        }
        facts.addAll(view.units());
        facts.addAll(view.people());
        facts.addAll(view.waterSources());
        if (wanted.test(ZoneFact.class)) {
            view.waterSources().forEach(s -> s.zones().forEach(z -> facts.add(new ZoneFact(s, z))));
        }
        facts.addAll(view.plans());
        facts.addAll(view.inspections());
        facts.addAll(view.evidence());
        facts.addAll(view.monthlyReports());
        facts.addAll(view.summaryReports());
        facts.addAll(view.disclosures());
        facts.addAll(view.accountability());
        List<LookBack> lookBacks = lookBacks(view.inspections());
        if (wanted.test(LookBack.class)) {
            facts.addAll(lookBacks);
        }
        List<ProblemState> problems = problems(view, asOf, lookBacks);
        facts.addAll(problems);
        if (wanted.test(PlanState.class)) {
            facts.addAll(PlanState.of(view, asOf));
        }
        if (wanted.test(EvidenceState.class)) {
            facts.addAll(EvidenceState.of(view, asOf));
        }
        if (wanted.test(ReportingUnit.class)) {
            facts.addAll(reportingUnits(view));
        }
        List<SampleGrade> samples = samples(view, configuration.thresholds());
        facts.addAll(samples);
        return new Facts(facts, problems, samples);
    }

    /**
     * What goes into a session, with the problem states (for the close-out list) and graded samples (for the
     * water-quality list) the assessment reports.
     */
    record Facts(List<Object> all, List<ProblemState> problems, List<SampleGrade> samples) {
    }

    private static List<CampaignPeriod> periods(Campaign c) {
        YearMonth last = c.effectiveLastReportPeriod();
        YearMonth disclosureFrom = c.effectiveDisclosureFromPeriod();
        List<CampaignPeriod> periods = new ArrayList<>();
        if (last == null) {
            return periods;
        }
        YearMonth first = earliest(c.firstReportPeriod(), disclosureFrom);
        if (first == null) {
            return periods;
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            boolean reporting = c.firstReportPeriod() != null && !m.isBefore(c.firstReportPeriod());
            boolean disclosing = disclosureFrom != null && !m.isBefore(disclosureFrom);
            LocalDate due = c.reportDueDay() == null ? null : c.reportDueOn(m);
            periods.add(new CampaignPeriod(m, due, m.atEndOfMonth(), reporting, disclosing));
        }
        return periods;
    }

    private static YearMonth earliest(YearMonth a, YearMonth b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static List<LookBack> lookBacks(List<Inspection> inspections) {
        List<LookBack> lookBacks = new ArrayList<>();
        for (Inspection i : inspections) {
            if (i.isLookBack()) {
                i.results().forEach(r -> lookBacks.add(
                        new LookBack(i.id(), r.problemId(), i.date(), r.outcome(), i.unitId(), r.note())));
            }
        }
        lookBacks.sort(Comparator.comparing(LookBack::problemId).thenComparing(LookBack.LATEST));
        return lookBacks;
    }

    private static List<ProblemState> problems(CaseFile view, LocalDate asOf, List<LookBack> lookBacks) {
        Map<String, List<LookBack>> byProblem = new HashMap<>();
        lookBacks.forEach(l -> byProblem.computeIfAbsent(l.problemId(), k -> new ArrayList<>()).add(l));
        Set<String> planned = new HashSet<>();
        view.plans().forEach(p -> planned.addAll(p.problemIds()));
        return view.problems().stream()
                .map(p -> new ProblemState(p, asOf, byProblem.getOrDefault(p.id(), List.of()), planned.contains(p.id())))
                .toList();
    }

    private static List<ReportingUnit> reportingUnits(CaseFile view) {
        Set<String> responsible = new HashSet<>();
        view.waterSources().stream().filter(WaterSource::isActive).forEach(s -> responsible.add(s.responsibleUnitId()));
        view.problems().forEach(p -> responsible.add(p.responsibleUnitId()));
        return view.units().stream()
                .filter(Unit::isSubDistrict)
                .filter(u -> responsible.contains(u.id()))
                .map(ReportingUnit::new)
                .toList();
    }

    private static List<SampleGrade> samples(CaseFile view, Thresholds thresholds) {
        Grade firstZoneTarget = Grade.valueOf(thresholds.text(FIRST_ZONE_TARGET));
        Map<String, WaterSource> sources = new HashMap<>();
        view.waterSources().forEach(s -> sources.put(s.id(), s));
        Map<String, Grading> gradings = new HashMap<>();
        for (Sample s : view.samples()) {
            WaterSource source = sources.get(s.waterSourceId());
            Grade target = QualityStandard.target(source.kind(), s.zoneLevel(), firstZoneTarget);
            gradings.put(s.id(), QualityStandard.national().grade(s.values(), source.kind(), target));
        }
        Map<String, Sample> previousOfLatest = previousOfLatest(view.samples());
        List<SampleGrade> grades = new ArrayList<>();
        for (Sample s : view.samples()) {
            Sample previous = previousOfLatest.get(s.id());
            Grade previousGrade = previous == null ? null : gradings.get(previous.id()).grade();
            grades.add(new SampleGrade(s, sources.get(s.waterSourceId()), gradings.get(s.id()), previousGrade,
                    previous == null ? null : previous.id()));
        }
        return grades;
    }

    /**
     * For each source and sampling point, the latest sample (by date, ties by id) mapped to the one before
     * it; samples without a point (absent or blank) are left out.
     */
    private static Map<String, Sample> previousOfLatest(List<Sample> samples) {
        Map<String, List<Sample>> byPoint = new HashMap<>();
        samples.stream().filter(s -> s.point() != null && !s.point().isBlank())
                .forEach(s -> byPoint.computeIfAbsent(s.waterSourceId() + '\u0000' + s.point().strip(),
                        k -> new ArrayList<>()).add(s));
        Map<String, Sample> previousOfLatest = new HashMap<>();
        for (List<Sample> atPoint : byPoint.values()) {
            atPoint.sort(Comparator.comparing(Sample::sampledOn).thenComparing(Sample::id));
            if (atPoint.size() >= 2) {
                previousOfLatest.put(atPoint.get(atPoint.size() - 1).id(), atPoint.get(atPoint.size() - 2));
            }
        }
        return previousOfLatest;
    }
}
