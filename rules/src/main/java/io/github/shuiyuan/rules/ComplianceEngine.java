package io.github.shuiyuan.rules;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.CaseFileValidator;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.rules.internal.Assessor;
import io.github.shuiyuan.rules.internal.CompiledRules;
import io.github.shuiyuan.rules.internal.RuleFiles;
import io.github.shuiyuan.rules.internal.ThresholdSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Assesses case files against a rule set. Build one once — compiling rules is the expensive part —
 * and share it: {@link #assess} is thread-safe, each call runs in its own session.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builder().build();          // the bundled rules
 * Assessment a = engine.assess(caseFile, LocalDate.of(2018, 12, 10));     // as of a date you give
 * }</pre>
 *
 * <p>The engine never reads the clock: the same case file and date always give the same assessment.
 */
public final class ComplianceEngine {

    private final AtomicReference<Compiled> current;
    private final Map<String, String> overrides;
    private final Set<String> only;
    private final Object reloading = new Object();

    private record Compiled(CompiledRules rules, Assessor assessor, List<LoadedRuleFile> files) {

        Compiled(CompiledRules rules, List<LoadedRuleFile> files) {
            this(rules, new Assessor(rules), files);
        }
    }

    private ComplianceEngine(Compiled compiled, Map<String, String> overrides, Set<String> only) {
        this.current = new AtomicReference<>(compiled);
        this.overrides = Map.copyOf(overrides);
        this.only = Set.copyOf(only);
    }

    /**
     * An engine with the bundled rules as they ship, compiled now (a few seconds: build one and share it). The
     * bundled rules are compiled and tested with the library, so this throws no checked exception.
     *
     * @throws IllegalStateException only if the jar's own rules fail to compile (a broken or mixed classpath)
     */
    public static ComplianceEngine bundled() {
        try {
            return builder().build();
        } catch (RuleCompilationException | IOException e) {
            throw new IllegalStateException("the bundled rules do not compile: " + e.getMessage(), e);
        }
    }

    /** A builder for an engine with the bundled rules, optionally overlaid and with thresholds overridden. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses {@code caseFile} as of {@code asOf}. The case file is validated first by
     * {@link CaseFileValidator}, every time (to assess a file the JSON reader has just validated without checking it
     * again, hand over the reader's {@link ValidCaseFile}); an invalid one is not assessed.
     *
     * @throws InvalidCaseFileException with every validation error, when the case file is invalid
     */
    public Assessment assess(CaseFile caseFile, LocalDate asOf) throws InvalidCaseFileException {
        Objects.requireNonNull(caseFile, "caseFile");
        return assess(CaseFileValidator.validated(caseFile), asOf);
    }

    /**
     * Assesses a case file already validated — by {@link io.github.shuiyuan.core.json.CaseFileJson#readValid} or
     * {@link CaseFileValidator#validated} — as of {@code asOf}, without validating it again.
     *
     * <pre>{@code
     * ValidCaseFile file = CaseFileJson.strict().readValid(Path.of("case.json"));
     * Assessment a = engine.assess(file, LocalDate.of(2018, 12, 10));
     * }</pre>
     */
    public Assessment assess(ValidCaseFile caseFile, LocalDate asOf) {
        Objects.requireNonNull(caseFile, "caseFile");
        Objects.requireNonNull(asOf, "asOf");
        Compiled rules = current.get();       // read once: the whole assessment uses one rule set
        return rules.assessor().assess(caseFile.caseFile(), asOf);
    }

    /** The rule set in use: name, version, fingerprint. */
    public RulesetInfo ruleset() {
        return current.get().rules().info();
    }

    /** Every rule loaded, by id. */
    public List<RuleInfo> rules() {
        return current.get().rules().rules();
    }

    /** The rule ids the engine was restricted to with {@link Builder#only}; empty when it holds every rule. */
    public Set<String> only() {
        return only;
    }

    /** Every file the rules in use were built from, in name order: bundled, replaced by an overlay file, or added. */
    public List<LoadedRuleFile> ruleFiles() {
        return current.get().files();
    }

    /**
     * Compiles the bundled rules with {@code overlay} laid over them (null for none) off to the side and, only
     * if that succeeds, swaps them in atomically. Assessments already running finish on the rules they
     * started with — each call reads the rule set once — so every assessment is made wholly by the old or
     * wholly by the new rules; a failed reload leaves the engine exactly as it was. Reloads run one at a
     * time, in the order they are called. The threshold overrides and the rule selection ({@link Builder#only}) of
     * the builder stay in force.
     *
     * <pre>{@code
     * try {
     *     engine.reload(Path.of("/etc/shuiyuan/rules"));
     * } catch (RuleCompilationException e) {
     *     e.problems().forEach(p -> log.warn("{}", p));      // broken.drl:12: … [COMPILE]; the old rules stay
     * }
     * }</pre>
     *
     * @return the rule set now in use
     * @throws RuleCompilationException with every problem ({@link RuleCompilationException#problems()}, each
     *                                  {@code file:line: message [CODE]}), when the new rules do not compile
     *                                  or break the authoring rules that {@link RuleCheck} checks
     * @throws IOException              when the overlay folder cannot be read
     */
    public RulesetInfo reload(@Nullable Path overlay) throws RuleCompilationException, IOException {
        synchronized (reloading) {
            Compiled compiled = compile(overlay, overrides, only);
            current.set(compiled);
            return compiled.rules().info();
        }
    }

    /** The JSON of an assessment, as the case-file contract writes it (absent values left out). */
    public static String toJson(Assessment assessment) {
        return AssessmentJson.write(assessment);
    }

    /**
     * Writes the JSON of {@link #toJson} to {@code out} as it is made, without holding the whole text: a
     * province's assessment runs to tens of megabytes. {@code out} is flushed and left open.
     */
    public static void writeJson(Assessment assessment, Writer out) throws IOException {
        AssessmentJson.write(assessment, out);
    }

    private static Compiled compile(@Nullable Path overlay, Map<String, String> overrides, Set<String> only)
            throws RuleCompilationException, IOException {
        List<RuleProblem> problems = new ArrayList<>();
        RuleFiles files = RuleFiles.bundled();
        if (overlay != null) {
            files = files.overlay(overlay);
        }
        if (!only.isEmpty()) {
            files = files.restrictedTo(only, problems);
            if (!problems.isEmpty()) {
                throw new RuleCompilationException(problems);
            }
        }
        // the bundled rules alone come compiled by the build; with an overlay or a selection the whole set compiles from DRL
        CompiledRules rules = overlay == null && only.isEmpty() ? CompiledRules.bundled(overrides, problems)
                : CompiledRules.compile(files, overrides, problems);
        if (rules == null) {
            throw new RuleCompilationException(problems);
        }
        return new Compiled(rules, files.loaded());
    }

    /** Configures an engine; {@link #build()} compiles the rules once. */
    public static final class Builder {

        private @Nullable Path overlay;
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private final Set<String> only = new TreeSet<>();

        private Builder() {
        }

        /** Lays a folder of {@code .drl}, table and configuration files over the bundled ones. */
        public Builder rules(@Nullable Path overlayFolder) {
            this.overlay = overlayFolder;
            return this;
        }

        /**
         * Keeps only the rules of these ids and what they chain on: their missing-data companions (DAT-01 rules that
         * {@code @blocks} them) and every rule whose findings or close-out conditions a kept rule reads (CLO-02 keeps
         * EVD-02 and EVD-03; ACC-04 keeps WQ-01, WQ-02 and WQ-03). For testing one rule at a time; may be called
         * again to add ids. An id no rule carries is refused by {@link #build()}.
         */
        public Builder only(String... ruleIds) {
            for (String id : ruleIds) {
                only.add(Objects.requireNonNull(id, "ruleId").strip());
            }
            return this;
        }

        /**
         * Overrides one threshold of {@code thresholds.properties}. The overrides are part of the rule set's
         * fingerprint ({@link RulesetInfo#sha256()}).
         *
         * @throws IllegalArgumentException when {@code key} is a threshold the bundled rules read and {@code value}
         *                                  is not of its kind or out of its range; a key no rule reads is refused
         *                                  by {@link #build()} (an overlay rule may read it)
         */
        public Builder threshold(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (ThresholdSchema.isKnown(key)) {
                ThresholdSchema.problem(key, value, Set.of()).ifPresent(message -> {
                    throw new IllegalArgumentException(message);
                });
            }
            overrides.put(key, value);
            return this;
        }

        /**
         * Compiles the rules.
         *
         * @throws RuleCompilationException with every problem as {@code file:line: message}, including overlay files
         *                                  that would be ignored and threshold overrides of a key no rule reads
         * @throws IOException              when the overlay folder cannot be read
         */
        public ComplianceEngine build() throws RuleCompilationException, IOException {
            return new ComplianceEngine(compile(overlay, overrides, only), overrides, only);
        }
    }
}
