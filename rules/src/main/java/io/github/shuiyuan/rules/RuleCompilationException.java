package io.github.shuiyuan.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when rule files do not compile or break the authoring rules; lists every problem.
 *
 * <p>Its problems cannot change once thrown; safe to hand to another thread.
 */
public final class RuleCompilationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, by file and line. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
