package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleCompilationException;
import io.github.shuiyuan.rules.RuleProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option, and the engine it asks for: the bundled rules, overlaid with DIR when given. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "用此目录中的规则文件覆盖内置规则：同名文件替换，新文件增加规则")
    Path overlay;

    /**
     * Compiles the rules once. Rules that do not compile are printed to {@code err} as
     * {@code file:line: message} and end the command with exit 2: it could not run.
     */
    ComplianceEngine engine(PrintWriter err) {
        if (overlay != null && !Files.isDirectory(overlay)) {
            throw new Cli.Failure(Cli.USAGE, "规则目录不存在或不是目录 [RULES_DIR_NOT_FOUND]: " + overlay);
        }
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
}
