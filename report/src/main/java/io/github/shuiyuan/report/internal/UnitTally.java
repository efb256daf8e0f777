package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.rules.AccountabilityTrigger;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.ProblemProgress;
import io.github.shuiyuan.rules.ProblemView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one responsible unit has as of the assessment's date, counted from the assessment's findings, problem
 * views and accountability triggers (never worked out again): the figures of the supervision workbook's 汇总
 * and 图表 sheets.
 */
public final class UnitTally {

    /** A counted figure, with the header it has in a table. */
    public enum Figure {
        CRITICAL("严重"),
        MAJOR("较重"),
        MINOR("一般"),
        INFO("提示"),
        PROBLEMS("问题总数"),
        UNRESOLVED("未解决"),
        OVERDUE("逾期未解决"),
        RELAPSED(ProblemProgress.RECURRED.label() + "或" + ProblemProgress.NOT_RECTIFIED.label()),
        ELIGIBLE("可销号"),
        CLOSED("已销号"),
        IRREGULAR("其中违规销号"),
        ACCOUNTABILITY("问责建议"),
        /** Closed and eligible, no relapse since: one of the exclusive close-out progress classes. */
        CLOSED_COMPLIANT("合规销号"),
        /** Closed without being eligible, no relapse since (a closed problem that relapsed counts as relapsed). */
        CLOSED_IRREGULAR("违规销号"),
        /** Rectified, not closed, no relapse. */
        AWAITING_CLOSE_OUT("已整治待销号"),
        /** Being rectified or not yet begun. */
        IN_PROGRESS("整治中或未整改");

        private final String label;

        Figure(String label) {
            this.label = label;
        }

        /** The figure's header. */
        public String label() {
            return label;
        }
    }

    /**
     * The exclusive classes of close-out progress, in the order a stacked bar shows them: every problem is in
     * exactly one, a relapse winning over any recorded status.
     */
    public static final List<Figure> PROGRESS = List.of(Figure.CLOSED_COMPLIANT, Figure.CLOSED_IRREGULAR,
            Figure.AWAITING_CLOSE_OUT, Figure.IN_PROGRESS, Figure.RELAPSED);

    private static final Figure[] BY_SEVERITY = {Figure.CRITICAL, Figure.MAJOR, Figure.MINOR, Figure.INFO};

    private final String unitId;
    private final String name;
    private final boolean subDistrict;
    private final Map<Figure, Integer> counts = new EnumMap<>(Figure.class);

    private UnitTally(String unitId, String name, boolean subDistrict) {
        this.unitId = unitId;
        this.name = name;
        this.subDistrict = subDistrict;
    }

    /**
     * The tallies of every unit the case file lists that is a sub-district or has something counted, in the
     * case file's order; then units the assessment names that the case file lacks; then {@code unassigned} for
     * what names no unit, when there is any.
     */
    public static List<UnitTally> of(CaseFile caseFile, Assessment assessment, String unassigned) {
        Map<String, UnitTally> tallies = new LinkedHashMap<>();
        for (Unit unit : caseFile.units()) {
            tallies.putIfAbsent(unit.id(), new UnitTally(unit.id(), unit.name() == null ? unit.id() : unit.name(),
                    unit.isSubDistrict()));
        }
        UnitTally none = new UnitTally(null, unassigned, false);
        for (Finding f : assessment.findings()) {
            tally(tallies, none, f.unitId()).add(BY_SEVERITY[f.severity().ordinal()]);
        }
        for (ProblemView p : assessment.problems()) {
            tally(tallies, none, p.unitId()).add(p);
        }
        for (AccountabilityTrigger t : assessment.accountability()) {
            tally(tallies, none, t.targetUnitId()).add(Figure.ACCOUNTABILITY);
        }
        List<UnitTally> shown = new ArrayList<>(tallies.values().stream().filter(t -> t.subDistrict || !t.isEmpty()).toList());
        if (!none.isEmpty()) {
            shown.add(none);
        }
        return shown;
    }

    /** The sum of {@code tallies}, named {@code name}. */
    public static UnitTally total(String name, List<UnitTally> tallies) {
        UnitTally total = new UnitTally(null, name, false);
        tallies.forEach(t -> t.counts.forEach((figure, n) -> total.counts.merge(figure, n, Integer::sum)));
        return total;
    }

    private static UnitTally tally(Map<String, UnitTally> tallies, UnitTally none, String unitId) {
        return unitId == null ? none : tallies.computeIfAbsent(unitId, id -> new UnitTally(id, id, false));
    }

    private void add(ProblemView problem) {
        add(Figure.PROBLEMS);
        count(Figure.UNRESOLVED, problem.unresolved());
        count(Figure.OVERDUE, problem.overdue());
        count(Figure.ELIGIBLE, problem.closeOutEligible());
        count(Figure.CLOSED, problem.closed());
        count(Figure.IRREGULAR, problem.irregularlyClosed());
        add(progressClass(problem)); // RELAPSED among them
    }

    private static Figure progressClass(ProblemView problem) {
        if (problem.progress().isRelapse()) {
            return Figure.RELAPSED;
        }
        if (problem.progress() != ProblemProgress.DONE) {
            return Figure.IN_PROGRESS;
        }
        if (!problem.closed()) {
            return Figure.AWAITING_CLOSE_OUT;
        }
        return problem.closeOutEligible() ? Figure.CLOSED_COMPLIANT : Figure.CLOSED_IRREGULAR;
    }

    private void count(Figure figure, boolean yes) {
        if (yes) {
            add(figure);
        }
    }

    private void add(Figure figure) {
        counts.merge(figure, 1, Integer::sum);
    }

    /** The unit's id; null for a total or for what names no unit. */
    public String unitId() {
        return unitId;
    }

    /** The unit's name as the workbook shows it. */
    public String name() {
        return name;
    }

    /** How many of {@code figure} the unit has. */
    public int count(Figure figure) {
        return counts.getOrDefault(figure, 0);
    }

    /** Whether nothing is counted. */
    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
