package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.rules.RuleProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule set cut down to some rules and what they chain on: the rules whose {@code @id} is named, their
 * missing-data companions ({@code @id("DAT-01") @blocks(…)} of a named rule), and, again and again, every rule
 * whose findings or conditions a kept rule reads ({@code Finding(ruleId == …)}, {@code Unmet(condition == …)}), or
 * that inserts a fact a kept rule matches without naming a rule id ({@code not Unmet(problemId == $p.id)} reads
 * every rule that inserts {@code new Unmet(…)}).
 * Everything outside rules (package, imports, comments) stays, so each file still compiles on its own.
 */
final class RuleSelection {

    private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern PATTERN_TYPE = Pattern.compile("\\b([A-Z]\\w*)\\s*\\(");
    private static final Pattern INSERTED_TYPE = Pattern.compile("\\bnew\\s+([A-Z]\\w*)\\s*\\(|\\b([A-Z]\\w*)\\.of\\s*\\(");

    /** One rule's text and what it is and reads. */
    private record Block(String file, int from, int to, String id, String blocks, Set<String> reads,
                         Set<String> matchedTypes, Set<String> insertedTypes) {
    }

    private RuleSelection() {
    }

    /**
     * {@code files} with only the named rules and what they chain on; an id no rule carries is reported as
     * {@code only("X"): … [UNKNOWN_RULE_ID]}.
     */
    static RuleFiles restrict(RuleFiles files, Collection<String> ruleIds, List<RuleProblem> problems) {
        List<Block> blocks = new ArrayList<>();
        files.drl().forEach(f -> blocks.addAll(blocks(f)));
        Set<String> known = new HashSet<>();
        blocks.forEach(b -> known.add(b.id()));
        ruleIds.stream().filter(id -> !known.contains(id)).sorted().forEach(id -> problems.add(new RuleProblem(
                "only(\"" + id + "\")", 0, "没有编号为“" + id + "”的规则" + Names.didYouMean(id, known) + " [UNKNOWN_RULE_ID]")));
        Set<String> wanted = closure(blocks, ruleIds);
        Map<String, List<Block>> dropped = new TreeMap<>();
        blocks.stream().filter(b -> !kept(b, wanted)).forEach(b -> dropped.computeIfAbsent(b.file(), k -> new ArrayList<>()).add(b));
        RuleFiles restricted = files;
        for (Map.Entry<String, List<Block>> e : dropped.entrySet()) {
            restricted = restricted.replacing(e.getKey(), without(files.file(e.getKey()).text(), e.getValue()));
        }
        return restricted;
    }

    private static Set<String> closure(List<Block> blocks, Collection<String> ruleIds) {
        Set<String> wanted = new HashSet<>(ruleIds);
        Deque<String> todo = new ArrayDeque<>(ruleIds);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            for (Block b : blocks) {
                if (id.equals(b.id()) || id.equals(b.blocks())) {
                    b.reads().stream().filter(wanted::add).forEach(todo::push);
                    blocks.stream().filter(o -> o.insertedTypes().stream().anyMatch(b.matchedTypes()::contains))
                            .map(Block::id).filter(wanted::add).forEach(todo::push);
                }
            }
        }
        return wanted;
    }

    private static boolean kept(Block b, Set<String> wanted) {
        return b.blocks() != null ? wanted.contains(b.blocks()) : wanted.contains(b.id());
    }

    private static List<Block> blocks(RuleFiles.RuleFile file) {
        DrlText text = DrlText.of(file);
        List<Block> blocks = new ArrayList<>();
        for (DrlText.RuleDecl rule : text.rules()) {
            int to = rule.endLine() == 0 ? text.lineCount() : rule.endLine();
            StringBuilder raw = new StringBuilder();
            Set<String> reads = new HashSet<>();
            Set<String> matched = new HashSet<>();
            Set<String> inserted = new HashSet<>();
            List<String> blocked = new ArrayList<>();
            for (int n = rule.line(); n <= to; n++) {
                raw.append(text.raw(n)).append('\n');
                List<DrlText.IdReference> named = text.idReferences(n);
                named.stream().filter(DrlText.IdReference::blocks).forEach(r -> blocked.add(r.id()));
                boolean namesRule = named.stream().anyMatch(r -> !r.blocks());
                named.stream().filter(r -> !r.blocks()).forEach(r -> reads.add(r.id()));
                boolean consequence = rule.thenLine() > 0 && n > rule.thenLine();
                Matcher types = (consequence ? INSERTED_TYPE : PATTERN_TYPE).matcher(text.code(n));
                while (types.find() && (consequence || !namesRule)) {
                    (consequence ? inserted : matched).add(types.group(1) != null ? types.group(1) : types.group(2));
                }
            }
            Matcher id = ID.matcher(raw);
            blocks.add(new Block(file.name(), rule.line(), to, id.find() ? id.group(1) : "", blocked.isEmpty() ? null : blocked.get(0), reads,
                    matched, inserted));
        }
        return blocks;
    }

    /** The text with the lines of {@code dropped} left blank, so the remaining lines keep their numbers. */
    private static String without(String text, List<Block> dropped) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (Block b : dropped) {
            for (int n = b.from(); n <= b.to(); n++) {
                lines.set(n - 1, "");
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
