package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.rules.LoadedRuleFile;
import io.github.shuiyuan.rules.RuleCheck;
import io.github.shuiyuan.rules.RuleProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shuiyuan rules check DIR}: compiles the bundled rules with DIR laid over them and lints every rule
 * file; prints each problem as {@code file:line: message} (or {@code file: message} for a file the engine would
 * not load: in a subfolder, an upper-case extension, a table name the rules do not read), then what each overlay
 * file does (replaces a bundled file or adds one), then a summary. Exit 0 when there is nothing
 * wrong, 1 when there are problems, 2 when DIR cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"编译并检查规则文件夹（叠加在内置规则之上），问题按“文件:行: 信息”列出",
                "Compiles and lints a rules folder laid over the bundled rules; problems as file:line: message."})
final class RulesCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "规则文件夹：.drl 规则文件、thresholds.properties、zone-matrix.csv（同名替换内置文件，新名增加）")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new Cli.Failure(Cli.USAGE, "规则文件夹不存在 [DIR_NOT_FOUND]: " + dir);
        }
        List<RuleProblem> problems = check(dir);
        List<LoadedRuleFile> files = files(dir);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        files.stream().filter(f -> f.source() != LoadedRuleFile.Source.BUNDLED).map(LoadedRuleFile::describe).forEach(out::println);
        long overlaid = files.stream().filter(f -> f.source() != LoadedRuleFile.Source.BUNDLED).count();
        out.println("共" + files.size() + "个文件：内置" + (files.size() - overlaid) + "个，来自" + dir + "的" + overlaid + "个 [LOADED]");
        if (problems.isEmpty()) {
            out.println("检查通过：" + dir + " 与内置规则一起编译，未发现问题 [OK]");
            return Cli.OK;
        }
        out.println("发现" + problems.size() + "处问题，" + dir + " 不能加载 [RULES_INVALID]");
        return Cli.INVALID;
    }

    private static List<LoadedRuleFile> files(Path dir) {
        try {
            return RuleCheck.files(dir);
        } catch (IOException e) {
            throw new Cli.Failure(Cli.USAGE, "无法读取规则文件夹 [DIR_UNREADABLE]: " + dir + " (" + e.getMessage() + ")");
        }
    }

    /** The problems of a rules folder, failing with exit 2 when it cannot be read. */
    private static List<RuleProblem> check(Path dir) {
        try {
            return RuleCheck.check(dir);
        } catch (IOException e) {
            throw new Cli.Failure(Cli.USAGE, "无法读取规则文件夹 [DIR_UNREADABLE]: " + dir + " (" + e.getMessage() + ")");
        }
    }
}
