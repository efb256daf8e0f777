package io.github.shuiyuan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleProblem;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The census counts what a session of the bundled rules holds, node by node, as the network is built. */
class MemoryCensusTest {

    static final LocalDate AS_OF = LocalDate.of(2018, 12, 10);
    static MemoryCensus census;

    @BeforeAll
    static void take() throws Exception {
        List<RuleProblem> problems = new ArrayList<>();
        census = MemoryCensus.of(CompiledRules.bundled(Map.of(), problems), CaseFiles.sample(), AS_OF);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_pattern_after_the_first_keeps_a_right_tuple_for_every_fact_that_reaches_it() {
        // ACC-01's basis joins each overdue-problem finding to ProblemState(id == …): no constraint of the fact's own
        // filters what reaches the join, so every problem state in working memory waits on its right side
        MemoryCensus.Node join = census.nodes().stream()
                .filter(n -> n.rules().contains("ACC-01 依据：逾期问题") && n.rightInput().equals("ProblemState"))
                .findFirst().orElseThrow();
        assertThat(join.kind()).isEqualTo("JoinNode");
        assertThat(census.facts().get("ProblemState")).isPositive();
        assertThat(join.rightTuples()).isEqualTo(census.facts().get("ProblemState"));
    }

    @Test
    void the_findings_in_working_memory_are_at_least_the_assessments_after_duplicates_are_dropped() throws Exception {
        int reported = ComplianceEngine.bundled().assess(CaseFiles.sample(), AS_OF).findings().size();
        assertThat(census.facts().get("Finding")).isGreaterThanOrEqualTo(reported).isPositive();
    }

    @Test
    void nodes_come_largest_first_and_the_totals_add_them_up() {
        assertThat(census.nodes()).hasSizeGreaterThan(50)
                .isSortedAccordingTo(Comparator.comparingLong((MemoryCensus.Node n) -> (long) n.rightTuples() + n.leftTuples()).reversed());
        assertThat(census.rightTuples()).isEqualTo(census.nodes().stream().mapToLong(MemoryCensus.Node::rightTuples).sum()).isPositive();
        assertThat(census.leftTuples()).isPositive();
        assertThat(census.nodes()).allSatisfy(n -> assertThat(n.rules()).isNotEmpty());
    }
}
