package io.github.shuiyuan.report;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.ProblemView;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled rules and their assessments of a case file (from {@link io.github.shuiyuan.testing.CaseFiles}),
 * where a test may say which close-out verdict it wants.
 */
final class Fixtures {

    static final LocalDate DEC_10 = LocalDate.of(2018, 12, 10);

    private static final ComplianceEngine ENGINE = ComplianceEngine.bundled();

    private Fixtures() {
    }

    /**
     * The bundled rules' assessment of {@code file} as of {@code asOf}, with the close-out verdicts of the problems
     * {@code closeOut} names replaced by those (in the close-out list and in the problems' views), so that a test
     * can say which verdict it wants.
     */
    static Assessment assessment(CaseFile file, LocalDate asOf, CloseOutStatus... closeOut) {
        Assessment real;
        try {
            real = ENGINE.assess(file, asOf);
        } catch (InvalidCaseFileException e) {
            throw new IllegalStateException(e.errors().toString(), e);
        }
        Map<String, CloseOutStatus> wanted = new HashMap<>();
        for (CloseOutStatus c : closeOut) {
            wanted.put(c.problemId(), c);
        }
        List<CloseOutStatus> list = real.closeOut().stream().map(c -> wanted.getOrDefault(c.problemId(), c)).toList();
        List<ProblemView> views = real.problems().stream().map(v -> v.closeOut() == null || !wanted.containsKey(v.problemId()) ? v
                : new ProblemView(v.problemId(), v.serialNo(), v.waterSourceId(), v.unitId(), v.status(), v.progress(),
                        v.unresolved(), v.overdue(), v.rectifiedOn(), v.closedOn(), v.deadline(), v.effectiveDeadline(),
                        v.inPlan(), v.latestLookBack(), wanted.get(v.problemId()))).toList();
        return new Assessment(real.asOf(), real.ruleset(), real.findings(), list, real.accountability(),
                real.waterQuality(), views);
    }

    /** The bundled rules, compiled once for all tests. */
    static ComplianceEngine engine() {
        return ENGINE;
    }
}
