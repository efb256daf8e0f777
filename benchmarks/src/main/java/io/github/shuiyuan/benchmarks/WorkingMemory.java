package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.rules.RuleProblem;
import io.github.shuiyuan.rules.internal.CompiledRules;
import io.github.shuiyuan.rules.internal.MemoryCensus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the session of an assessment holds when its rules have fired: the facts in working memory by class, then
 * the nodes of the network that keep the most tuples, with the rules they serve. Not a benchmark: one session, to
 * show where a large case file's working memory goes and which rules hold it.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.shuiyuan.benchmarks.WorkingMemory province-4000.json 2018-12-10 25
 * }</pre>
 */
public final class WorkingMemory {

    private WorkingMemory() {
    }

    /** Arguments: the case file, the as-of date (default 2018-12-10), how many nodes to list (default 25). */
    public static void main(String[] args) throws Exception {
        LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2018, 12, 10);
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        List<RuleProblem> problems = new ArrayList<>();
        CompiledRules rules = CompiledRules.bundled(Map.of(), problems);
        MemoryCensus census = MemoryCensus.of(rules, CaseFileJson.strict().read(Path.of(args[0])), asOf);
        System.out.printf("facts in working memory: %,d%n", census.facts().values().stream().mapToInt(Integer::intValue).sum());
        census.facts().forEach((type, n) -> System.out.printf("  %-24s %,9d%n", type, n));
        System.out.printf("tuples kept by %d nodes: %,d right, %,d left; the %d that keep most:%n",
                census.nodes().size(), census.rightTuples(), census.leftTuples(), Math.min(top, census.nodes().size()));
        System.out.printf("  %9s %9s  %-14s %-40s %s%n", "right", "left", "node", "right input", "rules");
        census.nodes().stream().limit(top).forEach(n -> System.out.printf("  %,9d %,9d  %-14s %-40s %s%n",
                n.rightTuples(), n.leftTuples(), n.kind(), abbreviate(n.rightInput()), String.join(" | ", n.rules())));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
