package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.core.CaseFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link ComplianceEngine#reload}: while other threads assess without pause, good rules swap in atomically
 * and broken rules are refused, leaving the engine as it was. No caller ever fails, and every assessment is
 * wholly the old rules' or wholly the new rules'.
 */
class ReloadTest {

    static final Path GOOD = OverlayExampleTest.OVERLAY;
    static final LocalDate D = OverlayExampleTest.D;
    static final CaseFile CASE = OverlayExampleTest.CAGE_FARM_IN_SECOND_ZONE;
    static final int ASSESSORS = 3;
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void a_broken_reload_is_refused_with_its_problems_and_changes_nothing() throws Exception {
        ComplianceEngine engine = OverlayEngines.build(null);
        RulesetInfo before = engine.ruleset();
        assertThatThrownBy(() -> engine.reload(broken()))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.toString()).startsWith("broken.drl:13: ");
                            assertThat(p.code()).isEqualTo("COMPILE");
                        }));
        assertThat(engine.ruleset()).isEqualTo(before);
        assertThat(engine.rules()).noneMatch(r -> r.id().equals("LOCAL-99"));
    }

    @Test
    void a_good_reload_changes_results_and_fingerprint_and_a_reload_without_overlay_restores_them() throws Exception {
        ComplianceEngine engine = OverlayEngines.build(null);
        String national = ComplianceEngine.toJson(engine.assess(CASE, D));
        RulesetInfo nationalRules = engine.ruleset();

        RulesetInfo local = engine.reload(GOOD);
        assertThat(local.sha256()).isNotEqualTo(nationalRules.sha256());
        assertThat(engine.ruleset()).isEqualTo(local);
        assertThat(engine.assess(CASE, D).findings("LOCAL-01")).isNotEmpty();

        assertThat(engine.reload(null)).isEqualTo(nationalRules);
        assertThat(ComplianceEngine.toJson(engine.assess(CASE, D))).isEqualTo(national);
    }

    @Test
    void assessments_running_during_reloads_never_fail_and_never_mix_old_and_new_rules() throws Exception {
        ComplianceEngine engine = OverlayEngines.build(null);
        String national = ComplianceEngine.toJson(engine.assess(CASE, D));
        String local = ComplianceEngine.toJson(OverlayExampleTest.ENGINE.assess(CASE, D));
        assertThat(local).isNotEqualTo(national);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Queue<String> mixed = new ConcurrentLinkedQueue<>();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        List<Thread> assessors = IntStream.range(0, ASSESSORS).mapToObj(i -> new Thread(() -> {
            while (!stop.get()) {
                try {
                    String json = ComplianceEngine.toJson(engine.assess(CASE, D));
                    if (json.equals(national) || json.equals(local)) {
                        seen.merge(json.equals(local) ? "local" : "national", 1L, Long::sum);
                    } else {
                        mixed.add(json);
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
                done.incrementAndGet();
            }
        }, "assessor-" + i)).toList();
        assessors.forEach(Thread::start);
        try {
            for (Path overlay : new Path[] {GOOD, null, GOOD}) {
                String before = engine.ruleset().sha256();
                String after = engine.reload(overlay).sha256();
                assertThat(after).isNotEqualTo(before).isEqualTo(engine.ruleset().sha256());
                awaitAssessments(done);

                assertThatThrownBy(() -> engine.reload(broken())).isInstanceOf(RuleCompilationException.class);
                assertThat(engine.ruleset().sha256()).isEqualTo(after);
                awaitAssessments(done);
            }
        } finally {
            stop.set(true);
            for (Thread t : assessors) {
                t.join();
            }
        }
        assertThat(failures).isEmpty();
        assertThat(mixed).isEmpty();
        assertThat(seen).containsOnlyKeys("national", "local");
        assertThat(engine.assess(CASE, D).findings("LOCAL-01")).isNotEmpty();
    }

    /** Waits until every assessor has had the chance to finish an assessment on the rules now in force. */
    private static void awaitAssessments(AtomicLong done) throws InterruptedException {
        long target = done.get() + 2L * ASSESSORS;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (done.get() < target) {
            assertThat(System.nanoTime()).as("assessments keep running").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static Path broken() throws Exception {
        return RuleScenariosTest.folder("/overlays/broken");
    }
}
