package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How findings name a problem and where it stands, in Chinese: the one home of those message fragments.
 *
 * <pre>
 * insertLogical(Emit.finding(drools, $p.id(), null, $p.waterSourceId(), $p.unitId(),
 *     ProblemWords.describe($p) + "尚未解决（" + ProblemWords.standing($p) + "）"));
 * </pre>
 *
 * <p>Static methods; thread-safe.
 */
public final class ProblemWords {

    private ProblemWords() {
    }

    /** The problem's serial number and description: {@code 问题序号3（…）}, the category when there is no description. */
    public static String describe(ProblemState p) {
        Problem problem = p.problem();
        String text = problem.description() == null || problem.description().isBlank() ? problem.category().label() : problem.description();
        return "问题序号" + problem.serialNo() + "（" + text + "）";
    }

    /** Where the problem stands: its status as of D, and a failed latest look-back when there is one ({@code 已整改（回头看：反弹）}). */
    public static String standing(ProblemState p) {
        return p.status().label() + p.latestLookBack().filter(l -> l.outcome().isFailure())
                .map(l -> "（回头看：" + l.outcome().label() + "）").orElse("");
    }

    /** Which of the form's note-3 texts are blank: {@code 整治措施、取得的成效}; empty when both are filled. */
    public static String blankRecords(Problem problem) {
        List<String> blank = new ArrayList<>();
        if (problem.measures() == null || problem.measures().isBlank()) {
            blank.add("整治措施");
        }
        if (problem.result() == null || problem.result().isBlank()) {
            blank.add("取得的成效");
        }
        return String.join("、", blank);
    }

    /** The problems' serial numbers in order: {@code 问题序号1、3}. */
    public static String serials(Collection<ProblemState> problems) {
        return "问题序号" + problems.stream().sorted(Comparator.comparing(s -> s.problem().serialNo()))
                .map(p -> String.valueOf(p.problem().serialNo())).collect(Collectors.joining("、"));
    }
}
