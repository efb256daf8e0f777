package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.Severity;
import io.github.shuiyuan.rules.SubjectType;
import java.util.Map;
import org.drools.model.Drools;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.RuleContext;

/**
 * How a rule's right-hand side makes a finding: the rule's own metadata ({@code @id}, {@code @title},
 * {@code @clause}, {@code @severity}, {@code @subjectType}) fills in what the rule is; the rule gives the
 * subject and a Chinese sentence naming the facts.
 *
 * <pre>
 * then
 *     insertLogical(Emit.finding(drools, $zone.subjectId(), null, $zone.waterSourceId(), $zone.unitId(), "…"));
 * </pre>
 *
 * <p>Each method comes twice: rules compiled from DRL at run time see {@code drools} as a {@link RuleContext},
 * the bundled rules compiled at build time (Drools' executable model) see it as a {@link Drools}. Both are the
 * same firing rule.
 *
 * <p>Static methods; thread-safe.
 */
public final class Emit {

    /** The id of the missing-data rule. */
    public static final String MISSING_DATA = "DAT-01";

    private Emit() {
    }

    /** A finding of the firing rule about {@code subjectId} (and {@code ref}, may be null). */
    public static Finding finding(RuleContext drools, String subjectId, @Nullable String ref, @Nullable String waterSourceId,
                                  @Nullable String unitId, String message) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        return new Finding(text(meta, "id"), text(meta, "title"), text(meta, "clause"), severity(meta),
                subjectType(meta), subjectId, ref, waterSourceId, unitId, message);
    }

    /** Like {@link #finding}, with the legal clause given by data (the zone table's basis) instead of metadata. */
    public static Finding findingWithClause(RuleContext drools, @Nullable String clause, String subjectId, @Nullable String ref,
                                            @Nullable String waterSourceId, @Nullable String unitId, String message) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        return new Finding(text(meta, "id"), text(meta, "title"), clause, severity(meta),
                subjectType(meta), subjectId, ref, waterSourceId, unitId, message);
    }

    /**
     * A DAT-01 finding from a missing-data rule ({@code @id("DAT-01") @blocks("SGN-01")}): the field the
     * blocked rule needs is absent, so it cannot judge; ref is the blocked rule's id.
     */
    public static Finding missing(RuleContext drools, String subjectId, @Nullable String waterSourceId, @Nullable String unitId,
                                  String field) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        String blocked = text(meta, "blocks");
        String message = "缺少字段" + field + "，规则" + blocked + "无法判断（" + subjectId + "）";
        return new Finding(MISSING_DATA, text(meta, "title"), text(meta, "clause"), Severity.INFO,
                subjectType(meta), subjectId, blocked, waterSourceId, unitId, message);
    }

    /** {@link #finding(RuleContext, String, String, String, String, String)} for rules compiled at build time. */
    public static Finding finding(Drools drools, String subjectId, @Nullable String ref, @Nullable String waterSourceId,
                                  @Nullable String unitId, String message) {
        return finding(context(drools), subjectId, ref, waterSourceId, unitId, message);
    }

    /** {@link #findingWithClause(RuleContext, String, String, String, String, String, String)} for rules compiled at build time. */
    public static Finding findingWithClause(Drools drools, @Nullable String clause, String subjectId, @Nullable String ref,
                                            @Nullable String waterSourceId, @Nullable String unitId, String message) {
        return findingWithClause(context(drools), clause, subjectId, ref, waterSourceId, unitId, message);
    }

    /** {@link #missing(RuleContext, String, String, String, String)} for rules compiled at build time. */
    public static Finding missing(Drools drools, String subjectId, @Nullable String waterSourceId, @Nullable String unitId, String field) {
        return missing(context(drools), subjectId, waterSourceId, unitId, field);
    }

    /** The firing rule behind the executable model's view of it (Drools' implementation is both). */
    static RuleContext context(Drools drools) {
        return (RuleContext) drools;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            throw new IllegalStateException("rule metadata @" + key + " missing");
        }
        return value.toString();
    }

    private static Severity severity(Map<String, Object> meta) {
        return Severity.valueOf(text(meta, "severity"));
    }

    private static SubjectType subjectType(Map<String, Object> meta) {
        return SubjectType.valueOf(text(meta, "subjectType"));
    }
}
