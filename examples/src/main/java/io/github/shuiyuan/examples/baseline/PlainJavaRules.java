package io.github.shuiyuan.examples.baseline;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.RuleInfo;
import io.github.shuiyuan.rules.fact.AsOf;
import io.github.shuiyuan.rules.fact.EvidenceState;
import io.github.shuiyuan.rules.fact.LookBack;
import io.github.shuiyuan.rules.fact.ProblemState;
import io.github.shuiyuan.rules.fact.ProblemWords;
import io.github.shuiyuan.rules.fact.Restriction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ZN-01, ZN-02, PRB-01, MON-01 and the close-out conditions CLO-02…06 written again in plain Java, with
 * hash maps where the engine has its network: the floor the Drools engine is measured against. It gives the
 * same findings and close-out list as the bundled rules for these ids (a test holds it to that).
 * Immutable and thread-safe.
 */
public final class PlainJavaRules {

    /** The rule ids this evaluator implements. */
    public static final Set<String> RULE_IDS = Set.of("ZN-01", "ZN-02", "PRB-01", "MON-01",
            "CLO-02", "CLO-03", "CLO-04", "CLO-05", "CLO-06");

    /**
     * The rules these chain on: CLO-02 and CLO-03 count only evidence that EVD-02 and EVD-03 do not call false, so
     * an engine of {@link #RULE_IDS} holds these too (it finds what they find; this evaluator judges the same
     * evidence without making their findings).
     */
    public static final Set<String> CHAINED_ON = Set.of("EVD-02", "EVD-03");

    /** What the evaluator finds, sorted as an assessment sorts them. */
    public record Result(List<Finding> findings, List<CloseOutStatus> closeOut) {
    }

    private final Map<String, RuleInfo> rules;
    private final Map<ProblemCategory, Map<ZoneLevel, RuleTables.Cell>> zoneTable = RuleTables.zoneTable();
    private final Map<AdminLevel, Integer> samplingPeriods = RuleTables.samplingPeriods();

    /** An evaluator that takes titles, clauses and severities from these rules (an engine's {@code rules()}). */
    public PlainJavaRules(List<RuleInfo> rules) {
        this.rules = rules.stream().filter(RuleInfo::isPrimary)
                .collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
    }

    /** The findings of ZN-01/02, PRB-01 and MON-01, and the close-out list, for {@code file} as of {@code asOf}. */
    public Result evaluate(CaseFile file, LocalDate asOf) {
        CaseFile view = file.asOf(asOf);
        List<ProblemState> problems = problemStates(view, asOf);
        List<Finding> findings = new ArrayList<>();
        for (ProblemState p : problems) {
            if (p.isUnresolved()) {
                zoning(p).ifPresent(findings::add);
                if (p.deadlines().isOverdue()) {
                    findings.add(finding("PRB-01", null, p.id(), null, p, ProblemWords.describe(p) + "整改期限" + p.deadlines().effective()
                            + "已过，截至" + asOf + "仍未解决（" + ProblemWords.standing(p) + "）"));
                }
            }
        }
        sampling(view, AsOf.of(asOf, view.campaign()), findings);
        findings.sort(Finding.ORDER);
        return new Result(findings, closeOut(view, problems, asOf));
    }

    private Optional<Finding> zoning(ProblemState p) {
        RuleTables.Cell cell = zoneTable.getOrDefault(p.problem().category(), Map.of()).get(p.problem().zoneLevel());
        if (cell == null) {
            return Optional.empty();
        }
        String where = ProblemWords.describe(p) + "：" + p.problem().category().label() + "位于" + p.problem().zoneLevel().label();
        if (cell.restriction() == Restriction.FORBIDDEN) {
            return Optional.of(finding("ZN-01", cell.basis(), p.id(), null, p, where + "，属禁止类，目前"
                    + ProblemWords.standing(p)));
        }
        return Optional.of(finding("ZN-02", cell.basis(), p.id(), null, p,
                where + "，属限制类，须落实污染防治措施，目前" + p.status().label()));
    }

    /** MON-01: a sampling period of the month window without a sample at an in-use source. */
    private void sampling(CaseFile view, AsOf asOf, List<Finding> findings) {
        Map<String, List<LocalDate>> sampledOn = new HashMap<>();
        for (Sample s : view.samples()) {
            sampledOn.computeIfAbsent(s.waterSourceId(), k -> new ArrayList<>()).add(s.sampledOn());
        }
        for (WaterSource s : view.waterSources()) {
            if (s.status() != SourceStatus.IN_USE || s.adminLevel() == null) {
                continue;
            }
            int n = samplingPeriods.get(s.adminLevel());
            List<LocalDate> days = sampledOn.getOrDefault(s.id(), List.of());
            for (YearMonth p : asOf.periods(n)) {
                if (days.stream().noneMatch(day -> AsOf.inPeriod(day, p, n))) {
                    findings.add(finding("MON-01", null, s.id(), p.toString(), s.id(), s.responsibleUnitId(),
                            "水源地“" + s.name() + "”（" + s.adminLevel().label() + "，每" + n
                            + "个月为一个采样周期）在" + (n == 1 ? p.toString() : p + "至" + p.plusMonths(n - 1))
                            + "采样周期内没有水质监测样品"));
                }
            }
        }
    }

    /** CLO-02…06 for every problem rectified or closed as of D, by problem id. */
    private static List<CloseOutStatus> closeOut(CaseFile view, List<ProblemState> problems, LocalDate asOf) {
        Set<String> beforePhoto = new HashSet<>();
        Set<String> afterPhoto = new HashSet<>();
        for (EvidenceState e : EvidenceState.of(view, asOf)) {
            if (e.problemId() == null || !isSound(e)) {
                continue;
            }
            if (e.kind() == EvidenceKind.PHOTO_BEFORE) {
                beforePhoto.add(e.problemId());
            } else if (e.provesRectification()) {
                afterPhoto.add(e.problemId());
            }
        }
        List<CloseOutStatus> statuses = new ArrayList<>();
        problems.stream().filter(ProblemState::isRectified).sorted(Comparator.comparing(ProblemState::id))
                .forEach(p -> {
                    List<String> unmet = new ArrayList<>();
                    unmetIf(!beforePhoto.contains(p.id()), "CLO-02", unmet);
                    unmetIf(!afterPhoto.contains(p.id()), "CLO-03", unmet);
                    unmetIf(!p.rectification().isHeld(), "CLO-04", unmet);
                    unmetIf(!p.inPlan(), "CLO-05", unmet);
                    unmetIf(!p.problem().hasMeasuresAndResult(), "CLO-06", unmet);
                    statuses.add(new CloseOutStatus(p.id(), unmet.isEmpty(), List.copyOf(unmet)));
                });
        return statuses;
    }

    /** Not a copy of another problem's earlier evidence, and not what EVD-02 or EVD-03 calls false. */
    private static boolean isSound(EvidenceState e) {
        return !e.isDuplicate() && !e.isOutOfSequence() && !e.isPostDated();
    }

    private static void unmetIf(boolean unmet, String condition, List<String> conditions) {
        if (unmet) {
            conditions.add(condition);
        }
    }

    private static List<ProblemState> problemStates(CaseFile view, LocalDate asOf) {
        Map<String, List<LookBack>> lookBacks = new HashMap<>();
        for (Inspection i : view.inspections()) {
            if (i.isLookBack()) {
                i.results().forEach(r -> lookBacks.computeIfAbsent(r.problemId(), k -> new ArrayList<>())
                        .add(new LookBack(i.id(), r.problemId(), i.date(), r.outcome(), i.unitId(), r.note())));
            }
        }
        Set<String> planned = new HashSet<>();
        for (Plan plan : view.plans()) {
            planned.addAll(plan.problemIds());
        }
        return view.problems().stream().map(p -> new ProblemState(p, asOf, lookBacks.getOrDefault(p.id(), List.of()),
                planned.contains(p.id()))).toList();
    }

    private Finding finding(String ruleId, String clause, String subjectId, String ref, ProblemState p, String message) {
        return finding(ruleId, clause, subjectId, ref, p.waterSourceId(), p.unitId(), message);
    }

    /** A finding of {@code ruleId} with the rule's title, severity and subject type, and its clause unless given. */
    private Finding finding(String ruleId, String clause, String subjectId, String ref, String waterSourceId,
                            String unitId, String message) {
        RuleInfo rule = rules.get(ruleId);
        return new Finding(ruleId, rule.title(), clause == null ? rule.clause() : clause, rule.severity(),
                rule.subjectType(), subjectId, ref, waterSourceId, unitId, message);
    }
}
