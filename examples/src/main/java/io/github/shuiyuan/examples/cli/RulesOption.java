package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleCompilationException;
import io.github.shuiyuan.rules.RuleProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option of every command that assesses, and the engine it asks for: the bundled rules,
 * overlaid with DIR when given, so every document of a run carries the verdicts of {@code assess --rules DIR}.
 * A picocli mixin: {@code @Mixin RulesOption rules;}.
 */
final class RulesOption {

    /** The first words of the command lines that assess with the bundled rules unless given {@code --rules}. */
    private static final List<List<String>> ASSESSING = List.of(List.of("assess"), List.of("report"), List.of("disclose"),
            List.of("demo"), List.of("ledger"), List.of("rules", "list"));
    private static final Set<String> NOT_ASSESSING = Set.of("--rules", "-h", "--help", "-V", "--version");

    /** The bundled rules, loading since {@link #startEarly} saw a command line that will need them. */
    private static volatile @Nullable CompletableFuture<ComplianceEngine> early;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "用此目录中的规则文件覆盖内置规则：同名文件替换，新文件增加规则（各命令的结论与 assess --rules 一致）")
    @Nullable Path overlay;

    private @Nullable CompletableFuture<ComplianceEngine> compiling;

    /**
     * Called by {@code main} before the command line is parsed (building picocli's model of every command takes a
     * tenth of a second or more): when its words name a command that assesses and do not give {@code --rules}, the
     * bundled rules start loading on a background thread at once, and that command's {@link #prepare} takes them
     * over. A guess from the words alone: when it is wrong (a usage error, say), the loading is only wasted.
     */
    static void startEarly(String... args) {
        if (assessesWithBundledRules(List.of(args))) {
            early = load(null);
        }
    }

    /** Whether these words run a command that assesses with the bundled rules (see {@link #startEarly}). */
    static boolean assessesWithBundledRules(List<String> words) {
        if (words.stream().anyMatch(w -> NOT_ASSESSING.contains(w) || w.startsWith("--rules="))) {
            return false;
        }
        return ASSESSING.stream().anyMatch(first -> words.size() >= first.size() && words.subList(0, first.size()).equals(first));
    }

    /**
     * Fails with exit 2 when DIR is given but is no folder, then starts loading the rules on a background
     * thread, so that they are ready when the command has read its inputs: on a machine of two cores, reading a
     * case file and building the rule base overlap instead of adding up. Cheap, so commands call it before
     * reading anything; a command that fails before it needs the rules simply never waits for them.
     */
    void prepare() {
        if (overlay != null && !Files.isDirectory(overlay)) {
            throw new Cli.Failure(Cli.USAGE, "规则目录不存在或不是目录 [RULES_DIR_NOT_FOUND]: " + overlay);
        }
        compiling();
    }

    /**
     * The rules, loaded once per command. Rules that do not compile are printed to {@code err} as
     * {@code file:line: message} and end the command with exit 2: it could not run.
     */
    ComplianceEngine engine(PrintWriter err) {
        prepare();
        try {
            return compiling().join();
        } catch (CompletionException e) {
            throw failure(e.getCause(), err);
        }
    }

    private synchronized CompletableFuture<ComplianceEngine> compiling() {
        if (compiling == null) {
            CompletableFuture<ComplianceEngine> started = early;
            compiling = overlay == null && started != null ? started : load(overlay);
        }
        return compiling;
    }

    /** Loads the bundled rules, overlaid with {@code overlay} when not null, on a background thread. */
    private static CompletableFuture<ComplianceEngine> load(@Nullable Path overlay) {
        CompletableFuture<ComplianceEngine> result = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                result.complete(ComplianceEngine.builder().rules(overlay).build());
            } catch (Throwable e) { // handed to the command's thread, which reports it
                result.completeExceptionally(e);
            }
        }, "shuiyuan-rules");
        loader.setDaemon(true);
        loader.start();
        return result;
    }

    private RuntimeException failure(Throwable cause, PrintWriter err) {
        if (cause instanceof RuleCompilationException e) {
            for (RuleProblem problem : e.problems()) {
                err.println(problem);
            }
            return new Cli.Failure(Cli.USAGE, "规则编译失败 [RULES_INVALID]: " + overlay + "，共" + e.problems().size() + "处问题");
        }
        if (cause instanceof IOException e) {
            return new Cli.Failure(Cli.USAGE, "无法读取规则目录 [RULES_UNREADABLE]: " + overlay + " (" + e.getMessage() + ")");
        }
        if (cause instanceof RuntimeException e) {
            return e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    /** Assesses a case file the reader has validated, as of {@code asOf}, with these rules. */
    Assessment assess(ValidCaseFile file, LocalDate asOf, PrintWriter err) {
        return engine(err).assess(file, asOf);
    }
}
