package io.github.shuiyuan.rules;

import io.github.shuiyuan.rules.internal.CompiledRules;
import io.github.shuiyuan.rules.internal.RuleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks rule files the way the engine does before it accepts them: the bundled rules with a folder laid
 * over them are compiled, and every DRL file is held to the authoring rules — each rule carries
 * {@code @id @title @clause @severity @subjectType}; rule names and primary ids are unique; imports come
 * only from the rules' vocabulary; no rule exits, reflects, starts processes or threads, or touches files
 * or the network; thresholds asked for by name exist.
 *
 * <pre>{@code
 * List<RuleProblem> problems = RuleCheck.check(Path.of("my-province"));
 * problems.forEach(System.out::println);   // broken.drl:12: 编译错误：… [COMPILE]
 * }</pre>
 *
 * <p>A folder with no problems is one that {@link ComplianceEngine.Builder#rules} and
 * {@link ComplianceEngine#reload} accept.
 */
public final class RuleCheck {

    private RuleCheck() {
    }

    /** The problems of the bundled rules alone: none, in a correct build. */
    public static List<RuleProblem> check() {
        return check(RuleFiles.bundled());
    }

    /**
     * The problems of the bundled rules with {@code overlayDir} laid over them, sorted by file and line;
     * empty when they are fit to load.
     *
     * @throws IOException when the folder cannot be read
     */
    public static List<RuleProblem> check(Path overlayDir) throws IOException {
        return check(RuleFiles.bundled().overlay(overlayDir));
    }

    /**
     * The files the bundled rules with {@code overlayDir} laid over them are built from, in name order, each
     * bundled, replacing a bundled file, or added. Files the overlay holds that would not be loaded are not listed:
     * {@link #check(Path)} refuses them.
     *
     * @throws IOException when the folder cannot be read
     */
    public static List<LoadedRuleFile> files(Path overlayDir) throws IOException {
        return RuleFiles.bundled().overlay(overlayDir).loaded();
    }

    private static List<RuleProblem> check(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        CompiledRules.compile(files, Map.of(), problems);
        return List.copyOf(problems);
    }
}
