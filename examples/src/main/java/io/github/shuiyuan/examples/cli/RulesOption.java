package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleCompilationException;
import io.github.shuiyuan.rules.RuleProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option of every command that assesses, and the engine it asks for: the bundled rules,
 * overlaid with DIR when given, so every document of a run carries the verdicts of {@code assess --rules DIR}.
 * A picocli mixin: {@code @Mixin RulesOption rules;}.
 */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "用此目录中的规则文件覆盖内置规则：同名文件替换，新文件增加规则（各命令的结论与 assess --rules 一致）")
    Path overlay;

    /** Fails with exit 2 when DIR is given but is no folder; cheap, so commands call it before reading anything. */
    void checkFolder() {
        if (overlay != null && !Files.isDirectory(overlay)) {
            throw new Cli.Failure(Cli.USAGE, "规则目录不存在或不是目录 [RULES_DIR_NOT_FOUND]: " + overlay);
        }
    }

    /**
     * Compiles the rules once. Rules that do not compile are printed to {@code err} as
     * {@code file:line: message} and end the command with exit 2: it could not run.
     */
    ComplianceEngine engine(PrintWriter err) {
        checkFolder();
        try {
            return ComplianceEngine.builder().rules(overlay).build();
        } catch (RuleCompilationException e) {
            for (RuleProblem problem : e.problems()) {
                err.println(problem);
            }
            throw new Cli.Failure(Cli.USAGE, "规则编译失败 [RULES_INVALID]: " + overlay + "，共" + e.problems().size() + "处问题");
        } catch (IOException e) {
            throw new Cli.Failure(Cli.USAGE, "无法读取规则目录 [RULES_UNREADABLE]: " + overlay + " (" + e.getMessage() + ")");
        }
    }

    /** Assesses {@code file} (read from {@code source}) as of {@code asOf} with these rules; errors end the command. */
    Assessment assess(CaseFile file, Path source, LocalDate asOf, PrintWriter err) {
        try {
            return engine(err).assess(file, asOf);
        } catch (InvalidCaseFileException e) {
            Cli.printErrors(source, e.errors(), err);
            throw new Cli.Failure(Cli.INVALID, Cli.invalidSummary(source, e.errors().size()));
        }
    }
}
