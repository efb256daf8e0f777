package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.Ledger;
import io.github.shuiyuan.report.LedgerChange;
import io.github.shuiyuan.report.LedgerImport;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shuiyuan ledger …}: the problem ledger (附表1) in Excel, written out and read back in. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"环境问题清单及整治进展情况（附表1）台账：导出和导入（the problem ledger in Excel）"},
        subcommands = {LedgerCommand.Export.class, LedgerCommand.Import.class})
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

        @Mixin
        AssessedDocument document;

        @Override
        public Integer call() {
            AssessedDocument.Assessed done = document.assess(spec.commandLine().getErr(), ".xlsx", ".xls");
            Assessment assessment = done.assessment();
            FormFormat format = FormFormat.forFile(document.out.path);
            Output.write(done.target(), stream -> Ledger.write(done.caseFile(), assessment, format, stream));
            long finished = assessment.problems().stream().filter(p -> p.done()).count();
            spec.commandLine().getOut().println("已写出" + Ledger.title(done.caseFile(), document.asOf.date) + "："
                    + document.out.path + "，共" + assessment.problems().size() + "个问题，其中完成整治" + finished + "个 [OK]");
            return Cli.OK;
        }
    }

    /** {@code ledger import LEDGER.xlsx --into CASE.json --out NEW.json [--as-of DATE] [--dry-run] [--rules DIR]}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"把区县的问题台账（附表1）表格并入案卷，写出新的案卷文件；有任何错误则不写出任何文件，逐一列出错误所在单元格（退出码1）"})
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LEDGER.xlsx", description = "台账表格 .xlsx 或 .xls")
        Path ledger;

        @Option(names = "--into", required = true, paramLabel = "CASE.json", description = "要并入的案卷文件（不会被改动）")
        Path caseFile;

        @Option(names = "--out", paramLabel = "NEW.json", description = "写出的新案卷文件（--dry-run 时可不给）")
        Path out;

        @Option(names = "--as-of", paramLabel = "DATE", description = "台账日期，如 2018-07-20（默认取标题中的日期）")
        LocalDate asOf;

        @Option(names = "--dry-run", description = "只列出将新增、更新和不变的问题，不写出文件")
        boolean dryRun;

        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            PrintWriter print = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (out == null && !dryRun) {
                throw new Cli.Failure(Cli.USAGE, "缺少必需的选项 --out（或给出 --dry-run） [MISSING_ARGUMENT]");
            }
            rules.prepare();
            OutputFile target = out == null ? null : Output.checked(out, List.of(ledger, caseFile), ".json");
            CaseFile file = Cli.readCaseFile(caseFile, false, err);
            LedgerImport result = merge(file, rules.engine(err));
            if (!result.accepted()) {
                result.errors().forEach(e -> print.println(ledger.getFileName() + " " + e.describe()));
                print.println("台账导入未通过：" + ledger + "，共" + result.errors().size() + "处错误，未写出任何文件 [LEDGER_INVALID]");
                return Cli.INVALID;
            }
            result.changes().forEach(c -> print.println(c.describe()));
            String summary = "台账日期" + result.ledgerDate() + "：新增" + result.count(LedgerChange.Kind.ADDED)
                    + "个问题，更新" + result.count(LedgerChange.Kind.UPDATED) + "个，不变" + result.count(LedgerChange.Kind.UNCHANGED) + "个";
            if (dryRun) {
                print.println(summary + "（试运行，未写出文件） [DRY_RUN]");
                return Cli.OK;
            }
            Output.write(target, stream -> CaseFileJson.strict().write(result.caseFile(), stream));
            print.println(summary + "，已写出 " + out + " [OK]");
            return Cli.OK;
        }

        private LedgerImport merge(CaseFile file, ComplianceEngine engine) {
            try {
                return Ledger.merge(ledger, file, asOf, engine);
            } catch (IOException e) {
                throw Cli.unreadable(ledger, e);
            }
        }
    }
}
