package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.LookBackRecord;
import io.github.shuiyuan.rules.ProblemProgress;
import io.github.shuiyuan.rules.ProblemView;
import io.github.shuiyuan.rules.fact.LookBack;
import io.github.shuiyuan.rules.fact.ProblemState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The assessment's per-problem view, read off the problem states and the close-out conditions the rules found unmet. */
final class ProblemViews {

    private ProblemViews() {
    }

    /**
     * One view per problem, by id.
     *
     * @param unmet the unmet close-out conditions of the problems the condition rules judged, by problem id
     */
    static List<ProblemView> of(List<ProblemState> problems, Map<String, ? extends Set<String>> unmet) {
        return problems.stream()
                .map(p -> view(p, unmet.get(p.id())))
                .sorted(Comparator.comparing(ProblemView::problemId))
                .toList();
    }

    private static ProblemView view(ProblemState p, Set<String> unmet) {
        LookBackRecord latest = p.latestLookBack().map(ProblemViews::record).orElse(null);
        boolean rectified = p.isRectified();
        CloseOutStatus closeOut = rectified
                ? new CloseOutStatus(p.id(), unmet == null || unmet.isEmpty(), unmet == null ? List.of() : List.copyOf(unmet))
                : null;
        boolean unresolved = p.isUnresolved();
        return new ProblemView(p.id(), p.problem().serialNo(), p.waterSourceId(), p.unitId(), p.status(),
                ProblemProgress.of(p.status(), latest == null ? null : latest.outcome()), unresolved,
                unresolved && p.deadlines().isOverdue(), p.rectification().date(), p.closeOut().date(),
                p.problem().deadline(), p.deadlines().effective(), p.inPlan(), latest, closeOut);
    }

    private static LookBackRecord record(LookBack l) {
        return new LookBackRecord(l.inspectionId(), l.date(), l.outcome(), l.unitId(), l.note());
    }
}
