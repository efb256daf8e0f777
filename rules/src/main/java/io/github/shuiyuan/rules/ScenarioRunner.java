package io.github.shuiyuan.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.rules.internal.Expectation;
import io.github.shuiyuan.rules.internal.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs rule scenarios — small JSON files, one situation each: a case file, an as-of date, the findings
 * (close-out statuses, accountability triggers) expected present and absent — against an engine. This is
 * how a rule author proves a rule change without writing Java.
 *
 * <pre>{@code
 * ScenarioReport report = new ScenarioRunner(engine).run(Path.of("scenarios"));
 * report.failures().forEach(f -> System.out.println(f.describe()));
 * System.out.println(report.summary());                     // 3 passed, 0 failed
 * }</pre>
 *
 * <p>With an engine restricted to some rules ({@link ComplianceEngine.Builder#only}), only the expectations about
 * the rules it holds are checked: a finding or trigger expectation whose rule id it lacks, a missing-data
 * expectation ({@code DAT-01} with a {@code ref}) whose rule's companions it lacks, and close-out expectations when it
 * holds no close-out condition, are left out. A close-out expectation is narrowed to the conditions it holds: its
 * {@code unmet} lists only those, and {@code eligible} is checked only when it holds every condition.
 *
 * <p>A folder's scenarios are its {@code *.json} files (not those of sub-folders, where shared case
 * files can live). A file that is not a valid scenario counts as failed, with the reasons.
 *
 * <p>Thread-safe as its engine is: it holds nothing but the engine, and each run is independent.
 */
public final class ScenarioRunner {

    private static final int SHOWN = 5;
    /** The close-out conditions in force (CLO-01 is retired): eligibility is judged only by an engine holding all. */
    private static final Set<String> CONDITIONS = Arrays.stream(CloseOutCondition.values())
            .filter(c -> c != CloseOutCondition.CLO_01).map(CloseOutCondition::id).collect(Collectors.toSet());

    private final ComplianceEngine engine;

    public ScenarioRunner(ComplianceEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Runs every scenario of {@code folder}, in file-name order.
     *
     * @throws IOException when the folder cannot be listed
     */
    public ScenarioReport run(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.list(folder)) {
            files = paths.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        }
        return new ScenarioReport(files.stream().map(this::runFile).toList());
    }

    /** Runs one scenario file. */
    public ScenarioResult runFile(Path file) {
        ScenarioFile.Read read = ScenarioFile.read(file);
        if (!read.isValid()) {
            return new ScenarioResult(file, read.name(), List.of(
                    "不是有效的场景：" + String.join("；", read.errors()) + " [BAD_SCENARIO]"));
        }
        ScenarioFile.Scenario scenario = read.scenario();
        JsonNode assessment;
        try {
            assessment = JsonMappers.newMapper().valueToTree(engine.assess(scenario.caseFile(), scenario.asOf()));
        } catch (InvalidCaseFileException | RuntimeException e) {
            return new ScenarioResult(file, scenario.name(), List.of("评估失败：" + e.getMessage() + " [ASSESSMENT_FAILED]"));
        }
        List<String> failures = new ArrayList<>();
        for (Expectation e : scenario.present().stream().filter(this::applies).map(this::narrowed).toList()) {
            if (e.matches(assessment).isEmpty()) {
                failures.add("期望出现 " + e.describe() + "，但没有找到；实际：" + shown(e, e.related(assessment)) + " [EXPECTED_PRESENT]");
            }
        }
        for (Expectation e : scenario.absent().stream().filter(this::applies).map(this::narrowed).toList()) {
            List<JsonNode> found = e.matches(assessment);
            if (!found.isEmpty()) {
                failures.add("期望不出现 " + e.describe() + "，实际出现：" + shown(e, found) + " [EXPECTED_ABSENT]");
            }
        }
        return new ScenarioResult(file, scenario.name(), failures);
    }

    /**
     * A close-out expectation as far as the engine's close-out conditions can judge it (see
     * {@link Expectation#narrowedTo}); any expectation as it is, for an engine of every rule.
     */
    private Expectation narrowed(Expectation e) {
        if (engine.only().isEmpty() || !e.isCloseOut()) {
            return e;
        }
        Set<String> loaded = engine.rules().stream().filter(RuleInfo::isPrimary).map(RuleInfo::id).collect(Collectors.toSet());
        return e.narrowedTo(loaded, loaded.containsAll(CONDITIONS));
    }

    /** Whether the engine holds the rule an expectation is about; always, for an engine of every rule. */
    private boolean applies(Expectation e) {
        if (engine.only().isEmpty()) {
            return true;
        }
        Set<String> loaded = engine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        if (e.isCloseOut()) {
            return loaded.stream().anyMatch(id -> id.startsWith("CLO-0"));
        }
        Optional<String> blocked = e.blockedRule();
        if (blocked.isPresent()) {
            // DAT-01 is loaded with any rule that has missing-data companions: only those of the named rule count
            return engine.rules().stream().anyMatch(r -> blocked.get().equals(r.blocks()));
        }
        return e.ruleId().map(loaded::contains).orElse(true);
    }

    private static String shown(Expectation e, List<JsonNode> entries) {
        if (entries.isEmpty()) {
            return e.describeNone();
        }
        String shown = entries.stream().limit(SHOWN).map(e::describe).collect(Collectors.joining("、"));
        return entries.size() > SHOWN ? shown + " 等" + entries.size() + "项" : shown;
    }
}
