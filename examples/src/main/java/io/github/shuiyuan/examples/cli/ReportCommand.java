package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.report.Consolidation;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.LookBackForm;
import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.LookBackSheet;
import io.github.shuiyuan.report.SupervisionWorkbook;
import io.github.shuiyuan.rules.Assessment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code shuiyuan report …}: the look-back form (write, check, consolidate) and the supervision workbook.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"回头看情况统计表和监管工作簿（look-back forms and the supervision workbook）"},
        subcommands = {ReportCommand.Lookback.class, ReportCommand.Check.class, ReportCommand.Consolidate.class,
                ReportCommand.Findings.class})
final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code report lookback CASE.json --unit UNIT --as-of DATE [--filled-by PERSON] --out F.xlsx|.xls}. */
    @Command(name = "lookback", mixinStandardHelpOptions = true,
            description = {"写出一个街道的饮用水水源地已整改环境问题“回头看”情况统计表（writes a sub-district's look-back form）"})
    static final class Lookback implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CaseFileParameter caseFile;

        @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "填报单位编号，如 SD-RENGANG")
        String unitId;

        @Mixin
        AsOfOption asOf;

        @Option(names = "--filled-by", paramLabel = "PERSON", description = "填表人编号，如 PER-002（不填则留空手写）")
        String filledBy;

        @Mixin
        OutOption out;

        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            rules.checkFolder();
            OutputFile target = out.checked(List.of(caseFile.path), ".xlsx", ".xls");
            CaseFile file = caseFile.read(err);
            if (file.unit(unitId).isEmpty()) {
                throw new Cli.Failure(Cli.USAGE, "案卷中没有单位" + unitId + " [UNKNOWN_UNIT]");
            }
            if (filledBy != null && file.person(filledBy).isEmpty()) {
                throw new Cli.Failure(Cli.USAGE, "案卷中没有人员" + filledBy + " [UNKNOWN_PERSON]");
            }
            Assessment assessment = rules.assess(file, caseFile.path, asOf.date, err);
            LookBackSheet sheet = LookBackForm.sheet(file, assessment, unitId, filledBy);
            Output.write(target, stream -> LookBackForm.write(sheet, FormFormat.forFile(out.path), stream));
            int rows = 0;
            int done = 0;
            for (LookBackRow row : sheet.rows()) {
                rows++;
                done += row.done() ? 1 : 0;
            }
            spec.commandLine().getOut().println("已写出" + sheet.unitName() + "的回头看情况统计表：" + out.path + "，共" + rows
                    + "个已整改问题，其中完成整治" + done + "个 [OK]");
            return Cli.OK;
        }
    }

    /** {@code report check FORM --against CASE.json [--format text|json]}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"核对填报的统计表：格式未改动，内容与附表1一致（checks a filled-in form）；有错误时退出码为1"})
    static final class Check implements Callable<Integer> {

        enum Output { text, json }

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FORM", description = "填报的统计表 .xlsx 或 .xls")
        Path form;

        @Option(names = "--against", required = true, paramLabel = "CASE.json", description = "案卷文件（含附表1问题清单）")
        Path caseFile;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "输出格式：text 或 json（默认 ${DEFAULT-VALUE}）")
        Output format;

        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            rules.checkFolder();
            CaseFile master = Cli.readCaseFile(caseFile, false, spec.commandLine().getErr());
            List<FormError> errors = check(form, master);
            if (format == Output.json) {
                out.print(LookBackForm.toJson(errors));
            } else {
                errors.forEach(e -> out.println(form.getFileName() + " " + e.describe()));
                out.println(errors.isEmpty() ? "核对通过：" + form + " [OK]"
                        : "核对未通过：" + form + "，共" + errors.size() + "处错误 [FORM_INVALID]");
            }
            out.flush();
            return errors.isEmpty() ? Cli.OK : Cli.INVALID;
        }
    }

    /** {@code report consolidate FORM… --against CASE.json --out F.xlsx}. */
    @Command(name = "consolidate", mixinStandardHelpOptions = true,
            description = {"把各街道的统计表汇总为一个工作簿（汇总表加每个街道一张表），未通过核对的表格不予收录；有表格被拒收时退出码为1"})
    static final class Consolidate implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FORM", description = "各街道填报的统计表")
        List<Path> forms;

        @Option(names = "--against", required = true, paramLabel = "CASE.json", description = "案卷文件（含附表1问题清单）")
        Path caseFile;

        @Mixin
        OutOption out;

        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            PrintWriter print = spec.commandLine().getOut();
            rules.checkFolder();
            List<Path> inputs = new ArrayList<>(forms);
            inputs.add(caseFile);
            OutputFile target = out.checked(inputs, ".xlsx");
            CaseFile master = Cli.readCaseFile(caseFile, false, spec.commandLine().getErr());
            Consolidation[] result = new Consolidation[1];
            Output.write(target, stream -> result[0] = LookBackForm.consolidate(forms, master, stream));
            for (Consolidation.Accepted a : result[0].accepted()) {
                print.println("已收录 " + a.file() + "：" + a.unitName() + "，" + a.rows() + "个问题，完成整治" + a.done()
                        + "个，未完成" + a.notDone() + "个 [ACCEPTED]");
            }
            for (Consolidation.Refused r : result[0].refused()) {
                print.println("已拒收 " + r.file() + "，共" + r.errors().size() + "处错误 [REFUSED]");
                r.errors().forEach(e -> print.println("  " + e.describe()));
            }
            print.println("汇总工作簿：" + out.path + "，收录" + result[0].accepted().size() + "份，拒收" + result[0].refused().size()
                    + "份 [" + (result[0].allAccepted() ? "OK" : "FORMS_REFUSED") + "]");
            return result[0].allAccepted() ? Cli.OK : Cli.INVALID;
        }
    }

    /** {@code report findings CASE.json --as-of DATE --out F.xlsx}. */
    @Command(name = "findings", mixinStandardHelpOptions = true,
            description = {"写出监管工作簿：汇总、图表，及问题发现、销号状态、问责建议、水质评价各一张表（the supervision workbook）"})
    static final class Findings implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CaseFileParameter caseFile;

        @Mixin
        AsOfOption asOf;

        @Mixin
        OutOption out;

        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            rules.checkFolder();
            OutputFile target = out.checked(List.of(caseFile.path), ".xlsx");
            CaseFile file = caseFile.read(err);
            Assessment assessment = rules.assess(file, caseFile.path, asOf.date, err);
            Output.write(target, stream -> SupervisionWorkbook.write(file, assessment, stream));
            spec.commandLine().getOut().println("已写出监管工作簿：" + out.path + "，问题发现" + assessment.findings().size() + "条，销号状态"
                    + assessment.closeOut().size() + "条，问责建议" + assessment.accountability().size() + "条，水质评价"
                    + assessment.waterQuality().size() + "条 [OK]");
            return Cli.OK;
        }
    }

    static List<FormError> check(Path form, CaseFile master) {
        try {
            return LookBackForm.check(form, master);
        } catch (IOException e) {
            throw Cli.unreadable(form, e);
        }
    }
}
