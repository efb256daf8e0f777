package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleCompilationException;
import io.github.shuiyuan.rules.ScenarioReport;
import io.github.shuiyuan.rules.ScenarioResult;
import io.github.shuiyuan.rules.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shuiyuan rules test SCENARIOS_DIR [--rules DIR] [--only ID…]}: runs the rule scenarios of a folder (its
 * {@code *.json} files) against the bundled rules, or against them with DIR laid over; with {@code --only}, against
 * just the named rules and what they chain on, checking only the expectations about those rules; prints one line per
 * failing scenario, then {@code N passed, N failed} alone on the last line. Exit 0 only when none failed,
 * 1 when any failed, 2 when a folder is missing, holds no scenario, or the rules do not compile.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"运行规则场景（给定案卷和评估日期，期望出现或不出现哪些发现），最后一行为“N passed, N failed”",
                "Runs rule scenarios and prints N passed, N failed."})
final class RulesTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIOS_DIR", description = "场景文件夹：每个 .json 文件一个场景（子文件夹可放共用案卷）")
    Path scenarios;

    @Option(names = "--rules", paramLabel = "DIR", description = "叠加在内置规则之上的规则文件夹")
    Path rules;

    @Option(names = "--only", paramLabel = "ID", split = ",", arity = "1..*",
            description = "只加载这些编号的规则（及其依赖的规则、缺项规则），只检查关于它们的期望；可写多个，空格或逗号分隔")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() {
        requireFolder(scenarios, "场景文件夹");
        if (rules != null) {
            requireFolder(rules, "规则文件夹");
        }
        ScenarioReport report = run(engine());
        PrintWriter out = spec.commandLine().getOut();
        report.failures().stream().map(ScenarioResult::describe).forEach(out::println);
        out.println(report.summary());
        return report.failed() == 0 ? Cli.OK : Cli.INVALID;
    }

    private ComplianceEngine engine() {
        try {
            return ComplianceEngine.builder().rules(rules).only(only.toArray(String[]::new)).build();
        } catch (RuleCompilationException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            throw new Cli.Failure(Cli.USAGE, "规则未能编译，场景没有运行 [RULES_INVALID]: " + (rules == null ? "内置规则" : rules)
                    + "，共" + e.problems().size()
                    + "处问题（可用 rules check 查看）");
        } catch (IOException e) {
            throw new Cli.Failure(Cli.USAGE, "无法读取规则文件夹 [DIR_UNREADABLE]: " + rules + " (" + e.getMessage() + ")");
        }
    }

    private ScenarioReport run(ComplianceEngine engine) {
        ScenarioReport report;
        try {
            report = new ScenarioRunner(engine).run(scenarios);
        } catch (IOException e) {
            throw new Cli.Failure(Cli.USAGE, "无法读取场景文件夹 [DIR_UNREADABLE]: " + scenarios + " (" + e.getMessage() + ")");
        }
        if (report.results().isEmpty()) {
            throw new Cli.Failure(Cli.USAGE, "场景文件夹中没有场景文件（*.json） [NO_SCENARIOS]: " + scenarios);
        }
        return report;
    }

    private static void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new Cli.Failure(Cli.USAGE, what + "不存在 [DIR_NOT_FOUND]: " + folder);
        }
    }
}
