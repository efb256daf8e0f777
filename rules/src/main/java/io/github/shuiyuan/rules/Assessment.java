package io.github.shuiyuan.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the rules found in a case file as of a date: findings, the close-out status of every rectified
 * or closed problem, the accountability measures called for, the grading of every sample, and every problem
 * as it stands on that date. Lists are sorted so that the same input always gives the same output.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param asOf           the date D the case file was judged at
 * @param ruleset        the rule set that judged it
 * @param findings       what the rules found, in {@link Finding#ORDER}
 * @param closeOut       the close-out verdict of every problem rectified or closed as of D, by problem id
 * @param accountability the accountability measures the ladder calls for
 * @param waterQuality   every sample graded, by sample id
 * @param problems       every problem identified on or before D as it stands on D, by problem id: the one
 *                       per-problem view the forms, the disclosure and the ledger read
 */
public record Assessment(
        LocalDate asOf,
        RulesetInfo ruleset,
        List<Finding> findings,
        List<CloseOutStatus> closeOut,
        List<AccountabilityTrigger> accountability,
        List<WaterQualityResult> waterQuality,
        List<ProblemView> problems) {

    public Assessment {
        findings = List.copyOf(findings);
        closeOut = List.copyOf(closeOut);
        accountability = List.copyOf(accountability);
        waterQuality = List.copyOf(waterQuality);
        problems = List.copyOf(problems);
    }

    /** The view of the problem with this id, when it was identified on or before D. */
    public Optional<ProblemView> problem(String problemId) {
        return problems.stream().filter(p -> p.problemId().equals(problemId)).findFirst();
    }

    /** The findings of one rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
