package io.github.shuiyuan.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code shuiyuan rules …}: the commands for rule authors. Without a subcommand, prints its usage and exits 2. */
@Command(name = "rules", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"规则作者的命令。"},
        subcommands = {RulesListCommand.class, RulesCheckCommand.class, RulesTestCommand.class})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("缺少子命令 [MISSING_SUBCOMMAND]: 可用的子命令：" + String.join("、", spec.subcommands().keySet()));
        spec.commandLine().usage(err);
        return Cli.USAGE;
    }
}
