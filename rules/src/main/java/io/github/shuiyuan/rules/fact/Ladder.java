package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.rules.AccountabilityTrigger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.drools.model.Drools;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The escalation ladder of 崇川政办发〔2018〕40号 工作要求（四）: circulated criticism → public interview → referral.
 *
 * <p>The target's most severe earlier measure for the same reason (decided on or before D; among equals the
 * latest) decides the next one: with none, the reason's first rung ({@code acc.firstRung}, or
 * {@code acc.firstRung.<REASON>}); decided fewer than {@code acc.quietDays} days before D, nothing new (it is
 * being handled); otherwise one rung up, and referral stays referral.
 *
 * <p>Static methods; thread-safe.
 */
public final class Ladder {

    private Ladder() {
    }

    /**
     * The measure a new trigger calls for, or null when the earlier measure is still being handled.
     *
     * @param records the accountability records of the target unit (any reason; only {@code reason} counts)
     */
    public static @Nullable AccountabilityMeasure next(Collection<?> records, AccountabilityReason reason, LocalDate asOf,
                                             Thresholds thresholds) {
        Optional<AccountabilityRecord> earlier = records.stream()
                .map(AccountabilityRecord.class::cast)
                .filter(r -> r.reason() == reason && !r.decidedOn().isAfter(asOf))
                .max(Comparator.comparing(AccountabilityRecord::measure).thenComparing(AccountabilityRecord::decidedOn));
        if (earlier.isEmpty()) {
            return firstRung(reason, thresholds);
        }
        long days = ChronoUnit.DAYS.between(earlier.get().decidedOn(), asOf);
        if (days < thresholds.integer("acc.quietDays")) {
            return null;
        }
        return earlier.get().measure().nextRung();
    }

    /** The first rung for a reason: {@code acc.firstRung.<REASON>} when configured, else {@code acc.firstRung}. */
    public static AccountabilityMeasure firstRung(AccountabilityReason reason, Thresholds thresholds) {
        String specific = thresholds.values().get("acc.firstRung." + reason.name());
        return AccountabilityMeasure.valueOf(specific != null ? specific.strip() : thresholds.text("acc.firstRung"));
    }

    /**
     * The trigger of the firing accountability rule against {@code unitId}: reason from the rule's
     * {@code @reason} metadata, basis the sorted subject ids, target person the responsible person shared by
     * every basis (absent when they differ or a basis is not a problem).
     */
    public static AccountabilityTrigger trigger(RuleContext drools, String unitId, Collection<?> bases,
                                                AccountabilityMeasure measure) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        List<AccountabilityBasis> all = bases.stream().map(AccountabilityBasis.class::cast).toList();
        TreeSet<String> subjects = new TreeSet<>();
        all.forEach(b -> subjects.addAll(b.subjectIds()));
        List<String> persons = all.stream().map(AccountabilityBasis::personId).distinct().toList();
        String person = persons.size() == 1 ? persons.get(0) : null;
        return new AccountabilityTrigger(Objects.toString(meta.get("id")), unitId, person,
                AccountabilityReason.valueOf(Objects.toString(meta.get("reason"))), measure, List.copyOf(subjects));
    }

    /** {@link #trigger(RuleContext, String, Collection, AccountabilityMeasure)} for rules compiled at build time. */
    public static AccountabilityTrigger trigger(Drools drools, String unitId, Collection<?> bases,
                                                AccountabilityMeasure measure) {
        return trigger(Emit.context(drools), unitId, bases, measure);
    }

}
