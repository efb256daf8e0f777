package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.Ledger;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shuiyuan ledger …}: the problem ledger (附表1) in Excel, written out and read back in. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"环境问题清单及整治进展情况（附表1）台账：导出和导入（the problem ledger in Excel）"},
        subcommands = {LedgerCommand.Export.class})
final class LedgerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code ledger export CASE.json --as-of DATE --out F.xlsx|.xls [--rules DIR]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"导出饮用水水源地环境问题清理整治进展情况统计表（附表1的14列，可公开，不含个人信息）"})
    static final class Export implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE.json", description = "案卷文件（case file）")
        Path caseFile;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "统计截至日期，如 2018-07-20")
        LocalDate asOf;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件 .xlsx 或 .xls")
        Path out;

        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            FormFormat format = LedgerCommand.format(out);
            PrintWriter err = spec.commandLine().getErr();
            CaseFile file = Cli.readCaseFile(caseFile, false, err);
            Assessment assessment = assess(rules.engine(err), file, asOf);
            Output.write(out, stream -> Ledger.write(file, assessment, format, stream));
            long done = assessment.problems().stream().filter(p -> p.done()).count();
            spec.commandLine().getOut().println("已写出" + Ledger.title(file, asOf) + "：" + out + "，共"
                    + assessment.problems().size() + "个问题，其中完成整治" + done + "个 [OK]");
            return Cli.OK;
        }
    }

    static FormFormat format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".xls")) {
            throw new Cli.Failure(Cli.USAGE, "输出文件须为.xlsx或.xls [UNKNOWN_FORMAT]: " + file);
        }
        return FormFormat.forFile(file);
    }

    static Assessment assess(ComplianceEngine engine, CaseFile file, LocalDate asOf) {
        try {
            return engine.assess(file, asOf);
        } catch (InvalidCaseFileException e) {
            throw new Cli.Failure(Cli.INVALID, "案卷文件校验未通过 [CASE_FILE_INVALID]: " + e.getMessage());
        }
    }
}
