package io.github.shuiyuan.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code shuiyuan} command line: {@code java -jar shuiyuan.jar COMMAND …}.
 * Exit codes: 0 done, 1 the input was checked and is wrong, 2 wrong usage or the command could not run.
 */
@Command(name = "shuiyuan", mixinStandardHelpOptions = true, version = Cli.VERSION,
        resourceBundle = "io.github.shuiyuan.examples.cli.Messages",
        description = {"水源：饮用水水源地环境保护监管（Shuiyuan: drinking-water source protection supervision）",
                "退出码：0 完成（检查则为没有问题）；1 输入经检查有错误；2 用法错误或无法运行。"},
        subcommands = {DemoCommand.class, ValidateCommand.class, AssessCommand.class, ReportCommand.class, DiscloseCommand.class,
                LedgerCommand.class, RulesCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        RulesOption.startEarly(args);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return Cli.commandLine(new Main()).execute(args);
    }

    /** Runs the command line writing to {@code out} and {@code err}, and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return Cli.commandLine(new Main(), out, err).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
