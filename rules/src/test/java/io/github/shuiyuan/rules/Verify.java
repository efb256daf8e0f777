package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.testing.CaseDraft;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Rule tests in the style of a constraint verifier: given a case file and a date, this rule fires
 * exactly for these subjects, or not at all.
 *
 * <pre>{@code
 * Verify.rule("SGN-01").given(markersMissing).asOf(D).firesExactlyFor("WS-A/FIRST");
 * Verify.rule("SGN-01").given(oneMarker).asOf(D).doesNotFire();
 * Verify.missingData("SGN-01").given(markersUnknown).asOf(D).firesExactlyFor("WS-A/FIRST");
 * Verify.rule("CLO-02").given(noBeforePhoto).asOf(D).leavesUnmet("PRB-1");
 * }</pre>
 */
final class Verify {

    /** The bundled rules, compiled once for the whole test run. */
    static final ComplianceEngine ENGINE = build();

    private final String ruleId;
    private final String ref;
    private CaseFile caseFile;

    private Verify(String ruleId, String ref) {
        this.ruleId = ruleId;
        this.ref = ref;
    }

    /** Findings of one rule. */
    static Verify rule(String ruleId) {
        return new Verify(ruleId, null);
    }

    /** DAT-01 findings that block {@code blockedRuleId}. */
    static Verify missingData(String blockedRuleId) {
        return new Verify("DAT-01", blockedRuleId);
    }

    Verify given(CaseFile file) {
        this.caseFile = file;
        return this;
    }

    Verify given(CaseDraft builder) {
        return given(builder.build());
    }

    Result asOf(LocalDate asOf) {
        return new Result(assess(caseFile, asOf));
    }

    static Assessment assess(CaseFile file, LocalDate asOf) {
        try {
            return ENGINE.assess(file, asOf);
        } catch (InvalidCaseFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    final class Result {
        private final Assessment assessment;

        private Result(Assessment assessment) {
            this.assessment = assessment;
        }

        /** The findings of the verified rule (and ref, for DAT-01). */
        List<Finding> findings() {
            return assessment.findings(ruleId).stream()
                    .filter(f -> ref == null || ref.equals(f.ref()))
                    .toList();
        }

        Assessment assessment() {
            return assessment;
        }

        /** The rule fires for these subject ids and no others (a subject may repeat with different refs). */
        Result firesExactlyFor(String... subjectIds) {
            assertThat(findings()).as("%s findings", ruleId).isNotEmpty();
            assertThat(findings().stream().map(Finding::subjectId).distinct().toList())
                    .as("subjects of %s", ruleId).containsExactlyInAnyOrder(subjectIds);
            return this;
        }

        /** The rule fires for this subject with this ref. */
        Result firesFor(String subjectId, String findingRef) {
            assertThat(findings()).as("%s findings", ruleId)
                    .anySatisfy(f -> {
                        assertThat(f.subjectId()).isEqualTo(subjectId);
                        assertThat(f.ref()).isEqualTo(findingRef);
                    });
            return this;
        }

        /** The refs of the findings for a subject, in output order. */
        List<String> refsFor(String subjectId) {
            return findings().stream().filter(f -> f.subjectId().equals(subjectId)).map(Finding::ref).toList();
        }

        /** The message of the (first) finding for a subject contains every fragment. */
        Result withMessageContaining(String subjectId, String... fragments) {
            Finding f = findings().stream().filter(x -> x.subjectId().equals(subjectId)).findFirst().orElseThrow();
            for (String fragment : fragments) {
                assertThat(f.message()).contains(fragment);
            }
            return this;
        }

        /** The close-out condition being verified ({@code CLO-01} … {@code CLO-06}) is unmet for this problem. */
        Result leavesUnmet(String problemId) {
            assertThat(closeOut(problemId).unmet()).as("unmet close-out conditions of %s", problemId).contains(ruleId);
            return this;
        }

        /** The problem is listed for close-out and meets the close-out condition being verified. */
        Result isMetBy(String problemId) {
            assertThat(closeOut(problemId).unmet()).as("unmet close-out conditions of %s", problemId)
                    .doesNotContain(ruleId);
            return this;
        }

        private CloseOutStatus closeOut(String problemId) {
            return assessment.closeOut().stream().filter(c -> c.problemId().equals(problemId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no closeOut entry for " + problemId));
        }

        /** The rule does not fire at all. */
        Result doesNotFire() {
            assertThat(findings()).as("%s findings", ruleId).isEmpty();
            return this;
        }

        /** The rule does not fire for this subject. */
        Result doesNotFireFor(String subjectId) {
            assertThat(findings()).as("%s findings", ruleId).noneMatch(f -> Objects.equals(f.subjectId(), subjectId));
            return this;
        }
    }

    private static ComplianceEngine build() {
        try {
            return ComplianceEngine.builder().build();
        } catch (RuleCompilationException | IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
