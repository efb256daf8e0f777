package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.rules.RuleInfo;
import io.github.shuiyuan.rules.RuleProblem;
import io.github.shuiyuan.rules.RulesetInfo;
import io.github.shuiyuan.rules.Severity;
import io.github.shuiyuan.rules.SubjectType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.drools.base.base.ClassObjectType;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * A compiled rule set: the KieBase (built once, shared by every assessment), its configuration, its
 * rules' metadata and its fingerprint. With {@link DroolsErrors} and {@link PrebuiltRules}, the only classes
 * that know which Drools engine compiles DRL: the bundled rules come compiled by the build (the executable
 * model), an overlay is compiled from DRL at run time, the whole rule set at once.
 */
public final class CompiledRules {

    private final KieBase kieBase;
    private final Configuration configuration;
    private final List<RuleInfo> rules;
    private final RulesetInfo info;
    private final Set<Class<?>> patternTypes;
    private final Map<Class<?>, Boolean> matchable = new ConcurrentHashMap<>();
    private final boolean prebuilt;

    private CompiledRules(InternalKnowledgeBase kieBase, Configuration configuration, List<RuleInfo> rules,
                          RulesetInfo info, boolean prebuilt) {
        this.kieBase = kieBase;
        this.prebuilt = prebuilt;
        this.configuration = configuration;
        this.rules = rules;
        this.info = info;
        this.patternTypes = patternTypes(kieBase);
    }

    /**
     * Compiles {@code files} and checks them against the authoring rules ({@link RuleLint}); on any problem
     * returns null and adds every problem, as {@code file:line: message [CODE]}, to {@code problems}, sorted
     * by file and line.
     */
    public static CompiledRules compile(RuleFiles files, Map<String, String> overrides, List<RuleProblem> problems) {
        return checked(files, overrides, null, problems);
    }

    /**
     * The bundled rules, with threshold overrides: loaded from the classes the build generated from them
     * ({@link PrebuiltRules}, checked at build time) when they are present and were made from exactly these
     * files, else compiled from DRL as {@link #compile} does. The configuration, the authoring checks that read
     * it and the rules' metadata are checked either way, with the same problems reported the same way.
     */
    public static CompiledRules bundled(Map<String, String> overrides, List<RuleProblem> problems) {
        RuleFiles files = RuleFiles.bundled();
        return checked(files, overrides, PrebuiltRules.load(files), problems);
    }

    /** Whether the rules were loaded as the build compiled them rather than compiled from DRL at run time. */
    public boolean prebuilt() {
        return prebuilt;
    }

    private static CompiledRules checked(RuleFiles files, Map<String, String> overrides, PrebuiltRules.Loaded prebuilt,
                                         List<RuleProblem> problems) {
        List<RuleProblem> found = new ArrayList<>();
        CompiledRules rules = build(files, overrides, prebuilt, found);
        found.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        problems.addAll(found);
        return found.isEmpty() ? rules : null;
    }

    /** The rule set of {@code files}: {@code prebuilt} when given, else compiled from their DRL. */
    private static CompiledRules build(RuleFiles files, Map<String, String> overrides, PrebuiltRules.Loaded prebuilt,
                                       List<RuleProblem> problems) {
        Configuration configuration = Configuration.read(files, overrides, problems);
        problems.addAll(files.refused());
        RulesetInfo info = new RulesetInfo(configuration.name(), configuration.version(), files.sha256(overrides));
        if (prebuilt != null) {
            // the build checked exactly these files as below (PrebuiltRules serves no others): only overrides are new,
            // and the DRL need not be read back
            if (!overrides.isEmpty()) {
                new RuleLint(files).checkThresholds(files.file(Configuration.THRESHOLDS), overrides, problems);
            }
            List<RuleInfo> rules = describe(prebuilt.kieBase(), name -> prebuilt.declarations().get(name), problems);
            return new CompiledRules(prebuilt.kieBase(), configuration, rules, info, true);
        }
        RuleLint lint = new RuleLint(files);
        lint.checkText(files.file(Configuration.THRESHOLDS) == null ? null : configuration.thresholds(), problems);
        lint.checkThresholds(files.file(Configuration.THRESHOLDS), overrides, problems);
        Set<String> duplicateNames = lint.checkRuleNames(problems);
        InternalKnowledgeBase kieBase = fromDrl(files, lint, duplicateNames, problems);
        if (kieBase == null) {
            return null;
        }
        List<RuleInfo> rules = describe(kieBase, lint::declaration, problems);
        lint.checkIds(rules, problems);
        lint.checkReferences(rules, problems);
        return new CompiledRules(kieBase, configuration, rules, info, false);
    }

    private static InternalKnowledgeBase fromDrl(RuleFiles files, RuleLint lint, Set<String> duplicateNames,
                                                 List<RuleProblem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(builderConfiguration());
        // one batch, not one add per file: Drools then runs the Java compiler over every rule's consequence
        // once instead of once per file (a quarter less time to build the default rules in a fresh JVM)
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFiles.RuleFile file : files.drl()) {
            batch.add(ResourceFactory.newByteArrayResource(file.content())
                    .setSourcePath(file.name()), ResourceType.DRL);
        }
        batch.build();
        List<RuleProblem> compileErrors = new DroolsErrors(lint).convert(builder.getErrors(), duplicateNames);
        problems.addAll(compileErrors);
        if (!compileErrors.isEmpty() || !duplicateNames.isEmpty()) {
            return null;
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return kieBase;
    }

    /**
     * A new configuration per compile (a builder keeps state in it). Facts are immutable records and rules only
     * insert, never modify, so the engine need not track which properties each pattern reacts to: with property
     * reactivity off, constraints that call methods on another fact ({@code $a.within(sample.sampledOn, …)})
     * no longer log "class reactivity" warnings into the embedding application's log.
     */
    private static KnowledgeBuilderConfiguration builderConfiguration() {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(PropertySpecificOption.ALLOWED);
        return configuration;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Configuration configuration() {
        return configuration;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public RulesetInfo info() {
        return info;
    }

    /**
     * Whether some rule has a pattern that a fact of this class can match. A fact no rule can match need not go
     * into a session: inserting it only costs time (a province has tens of thousands of them).
     */
    public boolean canMatch(Class<?> factType) {
        return matchable.computeIfAbsent(factType, t -> patternTypes.stream().anyMatch(p -> p.isAssignableFrom(t)));
    }

    /** The classes of the object-type nodes of the network: what the rules' patterns are about. */
    private static Set<Class<?>> patternTypes(InternalKnowledgeBase kieBase) {
        Set<Class<?>> types = new HashSet<>();
        for (ObjectTypeNode node : kieBase.getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof ClassObjectType type) {
                types.add(type.getClassType());
            }
        }
        return Set.copyOf(types);
    }

    private static List<RuleInfo> describe(KieBase kieBase, Function<String, Declaration> declarationOf,
                                           List<RuleProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Declaration at = declarationOf.apply(rule.getName());
                RuleInfo info = at == null ? RuleMetadata.read(rule, "?", 0, problems)
                        : RuleMetadata.read(rule, at.file(), at.line(), problems);
                if (info != null) {
                    rules.add(info);
                }
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::ruleName));
        return List.copyOf(rules);
    }

    /** Where a rule is declared: its DRL file and the line of {@code rule}. */
    record Declaration(String file, int line) {
    }

    /** Reads and checks the metadata every rule must carry. */
    static final class RuleMetadata {

        private static final List<String> REQUIRED = List.of("id", "title", "clause", "severity", "subjectType");

        private RuleMetadata() {
        }

        static RuleInfo read(Rule rule, String file, int line, List<RuleProblem> problems) {
            Map<String, Object> meta = rule.getMetaData();
            List<String> missing = REQUIRED.stream().filter(k -> meta.get(k) == null || meta.get(k).toString().isBlank()).toList();
            if (!missing.isEmpty()) {
                problems.add(new RuleProblem(file, line, "规则“" + rule.getName() + "”缺少元数据 @" + String.join("、@", missing)
                        + "；每条规则都须有 @id @title @clause @severity @subjectType [MISSING_METADATA]"));
                return null;
            }
            Severity severity = parse(Severity.class, "severity", meta, file, line, rule, problems);
            SubjectType subject = parse(SubjectType.class, "subjectType", meta, file, line, rule, problems);
            if (severity == null || subject == null) {
                return null;
            }
            return new RuleInfo(meta.get("id").toString(), meta.get("title").toString(), meta.get("clause").toString(),
                    severity, subject, rule.getName(), file, text(meta, "blocks"), text(meta, "part"));
        }

        private static String text(Map<String, Object> meta, String key) {
            Object value = meta.get(key);
            return value == null ? null : value.toString();
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String key, Map<String, Object> meta, String file,
                                                   int line, Rule rule, List<RuleProblem> problems) {
            Object value = meta.get(key);
            try {
                return Enum.valueOf(type, value.toString());
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(file, line, "规则“" + rule.getName() + "”的 @" + key + "(\"" + value
                        + "\") 无效，应为 " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"))
                        + " 之一 [BAD_METADATA]"));
                return null;
            }
        }
    }
}
