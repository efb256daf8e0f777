package io.github.shuiyuan.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules found in a case file as of a date: findings, the close-out status of every rectified
 * or closed problem, the accountability measures called for, and the grading of every sample. Lists are
 * sorted so that the same input always gives the same output.
 */
public record Assessment(
        LocalDate asOf,
        RulesetInfo ruleset,
        List<Finding> findings,
        List<CloseOutStatus> closeOut,
        List<AccountabilityTrigger> accountability,
        List<WaterQualityResult> waterQuality) {

    public Assessment {
        findings = List.copyOf(findings);
        closeOut = List.copyOf(closeOut);
        accountability = List.copyOf(accountability);
        waterQuality = List.copyOf(waterQuality);
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
