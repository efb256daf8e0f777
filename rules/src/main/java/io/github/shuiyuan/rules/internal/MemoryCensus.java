package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.core.CaseFile;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.base.base.ClassObjectType;
import org.drools.core.common.BaseNode;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.Memory;
import org.drools.core.common.MemoryFactory;
import org.drools.core.reteoo.AccumulateNode;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.RightInputAdapterNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.definition.rule.Rule;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.KieSession;

/**
 * What an assessment's session holds once its rules have fired: the facts in working memory by class, and for
 * every join, {@code not}, {@code exists} and {@code accumulate} of the network the tuples it keeps on each side.
 * A right tuple is kept for every fact that reaches a pattern after a rule's first, whether or not anything on the
 * left joins it; a left tuple for every partial match. Rule authors read it to see which rules make a session
 * large; {@code docs/performance.md} reads it to say where the memory of a province's assessment goes.
 * A diagnostic: it takes one session of its own and is not part of the library's API.
 *
 * @param facts the facts in working memory when the rules have fired, by simple class name
 * @param nodes the network's beta nodes, those holding the most tuples first
 */
public record MemoryCensus(Map<String, Integer> facts, List<Node> nodes) {

    /**
     * One node of the network.
     *
     * @param kind the node's kind (JoinNode, NotNode, ExistsNode, AccumulateNode)
     * @param id the node's id in the network
     * @param rightInput what reaches its right side: a fact class with the constraints on it alone (the executable model's
     *     constraints shown as {@code …}), or a subnetwork
     * @param rightTuples the tuples it keeps on its right side
     * @param leftTuples the tuples it keeps on its left side
     * @param rules the rules it belongs to, by name, sorted
     */
    public record Node(String kind, int id, String rightInput, int rightTuples, int leftTuples, List<String> rules) {
    }

    /** The census of one session over {@code rules} with the facts of {@code file} as of {@code asOf}. */
    public static MemoryCensus of(CompiledRules rules, CaseFile file, LocalDate asOf) {
        FactLoader.Facts facts = new FactLoader(rules.configuration()).facts(file, asOf, rules::canMatch);
        KieSession session = Assessor.fired(rules, facts.all());
        try {
            return new MemoryCensus(factsByClass(session), nodes((InternalKnowledgeBase) rules.kieBase(),
                    (InternalWorkingMemory) session));
        } finally {
            session.dispose();
        }
    }

    /** The right tuples of all nodes. */
    public long rightTuples() {
        return nodes.stream().mapToLong(Node::rightTuples).sum();
    }

    /** The left tuples of all nodes. */
    public long leftTuples() {
        return nodes.stream().mapToLong(Node::leftTuples).sum();
    }

    private static Map<String, Integer> factsByClass(KieSession session) {
        Map<String, Integer> facts = new TreeMap<>();
        for (Object fact : session.getObjects()) {
            facts.merge(fact.getClass().getSimpleName(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(facts);
    }

    private static List<Node> nodes(InternalKnowledgeBase kieBase, InternalWorkingMemory session) {
        List<Node> nodes = new ArrayList<>();
        Set<BaseNode> seen = new HashSet<>();
        Deque<BaseNode> toVisit = new ArrayDeque<>(kieBase.getRete().getObjectTypeNodes());
        while (!toVisit.isEmpty()) {
            BaseNode node = toVisit.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof ObjectSource source) {
                Arrays.stream(source.getObjectSinkPropagator().getSinks()).forEach(s -> toVisit.push((BaseNode) s));
            }
            if (node instanceof LeftTupleSource source) {
                Arrays.stream(source.getSinkPropagator().getSinks()).forEach(s -> toVisit.push((BaseNode) s));
            }
            if (node instanceof RightInputAdapterNode<?> adapter) {
                toVisit.push(adapter.getBetaNode());
            }
            if (node instanceof BetaNode beta) {
                BetaMemory<?> memory = betaMemory(session.getNodeMemory((MemoryFactory<?>) beta));
                if (memory != null) {
                    nodes.add(new Node(beta.getClass().getSimpleName(), beta.getId(), describe(beta.getRightInput()),
                            memory.getRightTupleMemory().size(), memory.getLeftTupleMemory().size(),
                            Arrays.stream(beta.getAssociatedRules()).map(Rule::getName).sorted().toList()));
                }
            }
        }
        nodes.sort(Comparator.comparingLong((Node n) -> (long) n.rightTuples() + n.leftTuples()).reversed()
                .thenComparingInt(Node::id));
        return List.copyOf(nodes);
    }

    private static @Nullable BetaMemory<?> betaMemory(Memory memory) {
        if (memory instanceof BetaMemory<?> beta) {
            return beta;
        }
        return memory instanceof AccumulateNode.AccumulateMemory accumulate ? accumulate.getBetaMemory() : null;
    }

    /** A fact class with the constraints its alpha nodes put on it, or the kind of node that feeds a subnetwork. */
    private static String describe(BaseNode node) {
        if (node instanceof RightInputAdapterNode<?> adapter) {
            return adapter.inputIsTupleToObjectNode() ? "subnetwork" : describe(adapter.getParent());
        }
        if (node instanceof AlphaNode alpha) {
            // the executable model's constraints print as a generated name: said as "…", a constraint of some kind
            String constraint = String.valueOf(alpha.getConstraint());
            String outer = describe(alpha.getParent());
            String inner = constraint.contains("GENERATED_") ? "…" : constraint;
            return outer.endsWith(")") ? outer.substring(0, outer.length() - 1) + ", " + inner + ")" : outer + "(" + inner + ")";
        }
        if (node instanceof ObjectTypeNode type) {
            return type.getObjectType() instanceof ClassObjectType c ? c.getClassType().getSimpleName() : type.getObjectType().toString();
        }
        return node.getClass().getSimpleName();
    }
}
