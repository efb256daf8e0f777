package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.rules.AccountabilityTrigger;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.WaterQualityResult;
import io.github.shuiyuan.rules.fact.ProblemState;
import io.github.shuiyuan.rules.fact.SampleGrade;
import io.github.shuiyuan.rules.fact.Unmet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/** One assessment: a fresh session over the shared KieBase, the facts in, the rules fired, the results out, sorted. */
public final class Assessor {

    private final CompiledRules rules;
    private final FactLoader loader;

    public Assessor(CompiledRules rules) {
        this.rules = rules;
        this.loader = new FactLoader(rules.configuration());
    }

    public Assessment assess(CaseFile file, LocalDate asOf) {
        FactLoader.Facts facts = loader.facts(file, asOf, rules::canMatch);
        Derived derived = fire(facts.all());
        Map<String, TreeSet<String>> unmet = unmet(facts.problems(), derived.unmet());
        return new Assessment(asOf, rules.info(), findings(derived.findings()), closeOut(unmet),
                accountability(derived.triggers()), waterQuality(facts.samples()), ProblemViews.of(facts.problems(), unmet));
    }

    /** What the rules derived, taken out of the session by class. */
    private record Derived(List<Finding> findings, List<Unmet> unmet, List<AccountabilityTrigger> triggers) {
    }

    /**
     * Runs a fresh session over the facts some rule can match and takes out what the rules derived; the session
     * is disposed before anything is built from it, so its working memory is garbage while the lists are sorted
     * and the per-problem views made.
     */
    private Derived fire(List<Object> facts) {
        KieSession session = fired(rules, facts);
        try {
            // by class: the session keeps its facts by class, so each list is read without walking the others
            return new Derived(derived(session, Finding.class), derived(session, Unmet.class),
                    derived(session, AccountabilityTrigger.class));
        } finally {
            session.dispose();
        }
    }

    /** A fresh session over the shared KieBase with the facts some rule can match inserted and the rules fired; the caller disposes it. */
    static KieSession fired(CompiledRules rules, List<Object> facts) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            for (Object fact : facts) {
                if (rules.canMatch(fact.getClass())) {
                    session.insert(fact);
                }
            }
            session.fireAllRules();
            return session;
        } catch (RuntimeException e) {
            session.dispose();
            throw e;
        }
    }

    private static <T> List<T> derived(KieSession session, Class<T> type) {
        List<T> facts = new ArrayList<>();
        for (Object fact : session.getObjects(new ClassObjectFilter(type))) {
            facts.add(type.cast(fact));
        }
        return facts;
    }

    private static List<Finding> findings(List<Finding> derived) {
        // the rule of one finding per (rule, subject, ref): of two, the one with the first message, whatever the
        // order the session returns them in. Sorted with the message as the last key, the findings of one
        // (rule, subject, ref) are neighbours and the one to keep comes first.
        derived.sort(Finding.ORDER.thenComparing(Finding::message));
        List<Finding> findings = new ArrayList<>(derived.size());
        Finding previous = null;
        for (Finding f : derived) {
            if (previous == null || Finding.ORDER.compare(previous, f) != 0) {
                findings.add(f);
            }
            previous = f;
        }
        return findings;
    }

    /** The unmet close-out conditions of every problem the close-out list holds (RECTIFIED or CLOSED as of D), by id. */
    private static Map<String, TreeSet<String>> unmet(List<ProblemState> problems, List<Unmet> derived) {
        Map<String, TreeSet<String>> unmet = new HashMap<>();
        problems.stream()
                .filter(ProblemState::isRectified)
                .forEach(p -> unmet.put(p.id(), new TreeSet<>()));
        derived.forEach(u -> {
            TreeSet<String> conditions = unmet.get(u.problemId());
            if (conditions != null) {
                conditions.add(u.condition());
            }
        });
        return unmet;
    }

    private static List<CloseOutStatus> closeOut(Map<String, TreeSet<String>> unmet) {
        List<CloseOutStatus> statuses = new ArrayList<>();
        unmet.forEach((id, conditions) -> statuses.add(new CloseOutStatus(id, conditions.isEmpty(), List.copyOf(conditions))));
        statuses.sort(Comparator.comparing(CloseOutStatus::problemId));
        return statuses;
    }

    private static List<AccountabilityTrigger> accountability(List<AccountabilityTrigger> derived) {
        Map<String, AccountabilityTrigger> unique = new TreeMap<>();
        derived.forEach(t -> unique.merge(t.ruleId() + '\u0000' + t.targetUnitId(), t,
                (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b));
        return List.copyOf(unique.values());
    }

    private static List<WaterQualityResult> waterQuality(List<SampleGrade> samples) {
        return samples.stream()
                .sorted(Comparator.comparing(SampleGrade::sampleId))
                .map(g -> new WaterQualityResult(g.sampleId(), g.waterSourceId(), g.sample().sampledOn(),
                        g.grading().grade(), g.grading().target(), g.grading().compliant(), g.grading().targetMet(),
                        g.grading().exceedances()))
                .toList();
    }
}
