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
import java.util.Collection;
import java.util.Comparator;
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
        List<Object> facts = loader.facts(file, asOf);
        KieSession session = rules.kieBase().newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return new Assessment(asOf, rules.info(), findings(session), closeOut(session),
                    accountability(session), waterQuality(session));
        } finally {
            session.dispose();
        }
    }

    private static List<Finding> findings(KieSession session) {
        Map<String, Finding> unique = new TreeMap<>();
        objects(session, Finding.class).forEach(f -> unique.putIfAbsent(f.key(), f));
        List<Finding> findings = new ArrayList<>(unique.values());
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static List<CloseOutStatus> closeOut(KieSession session) {
        Map<String, TreeSet<String>> unmet = new TreeMap<>();
        objects(session, ProblemState.class).stream()
                .filter(ProblemState::isRecordedRectified)
                .forEach(p -> unmet.put(p.id(), new TreeSet<>()));
        objects(session, Unmet.class).forEach(u -> {
            TreeSet<String> conditions = unmet.get(u.problemId());
            if (conditions != null) {
                conditions.add(u.condition());
            }
        });
        List<CloseOutStatus> statuses = new ArrayList<>();
        unmet.forEach((id, conditions) -> statuses.add(new CloseOutStatus(id, conditions.isEmpty(), List.copyOf(conditions))));
        return statuses;
    }

    private static List<AccountabilityTrigger> accountability(KieSession session) {
        Map<String, AccountabilityTrigger> unique = new TreeMap<>();
        objects(session, AccountabilityTrigger.class)
                .forEach(t -> unique.putIfAbsent(t.ruleId() + '\u0000' + t.targetUnitId(), t));
        return List.copyOf(unique.values());
    }

    private static List<WaterQualityResult> waterQuality(KieSession session) {
        return objects(session, SampleGrade.class).stream()
                .sorted(Comparator.comparing(SampleGrade::sampleId))
                .map(g -> new WaterQualityResult(g.sampleId(), g.waterSourceId(), g.sample().sampledOn(),
                        g.grading().grade(), g.grading().target(), g.grading().compliant(), g.grading().targetMet(),
                        g.grading().exceedances()))
                .toList();
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        Collection<?> objects = session.getObjects(new ClassObjectFilter(type));
        return objects.stream().map(type::cast).toList();
    }
}
