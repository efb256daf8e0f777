package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.report.Consolidation;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.LookBackForm;
import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.LookBackSheet;
import io.github.shuiyuan.report.SupervisionWorkbook;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
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
            rules.prepare();
            OutputFile target = out.checked(List.of(caseFile.path), ".xlsx", ".xls");
            ValidCaseFile valid = caseFile.read(err);
            CaseFile file = valid.caseFile();
            if (file.unit(unitId).isEmpty()) {
                throw new Cli.Failure(Cli.USAGE, "案卷中没有单位" + unitId + " [UNKNOWN_UNIT]");
            }
            if (filledBy != null && file.person(filledBy).isEmpty()) {
                throw new Cli.Failure(Cli.USAGE, "案卷中没有人员" + filledBy + " [UNKNOWN_PERSON]");
            }
            Assessment assessment = rules.assess(valid, asOf.date, err);
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

    /** {@code report check FORM --against CASE.json --period YYYY-MM [--format text|json]}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"核对填报的统计表：格式未改动，填报时间在报告期当月或次月，每行内容与案卷（截至填报时间与报送时间中较晚者）一致"
                    + "（checks a filled-in form）；有错误时退出码为1，只有提示时为0"})
    static final class Check implements Callable<Integer> {

        enum Output { text, json }

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FORM", description = "填报的统计表 .xlsx 或 .xls")
        Path form;

        @Option(names = "--against", required = true, paramLabel = "CASE.json", description = "案卷文件（含附表1问题清单）")
        Path caseFile;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "表格报告的月份，如 2018-11")
        YearMonth period;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "输出格式：text 或 json（默认 ${DEFAULT-VALUE}）")
        Output format;

        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            rules.prepare();
            CaseFile master = Cli.readCaseFile(caseFile, false, spec.commandLine().getErr());
            List<FormError> found = check(form, master, period, rules.engine(spec.commandLine().getErr()));
            boolean passed = FormError.noErrors(found);
            if (format == Output.json) {
                out.print(LookBackForm.toJson(found));
            } else {
                found.forEach(e -> out.println(form.getFileName() + " " + e.describe()));
                long errors = found.stream().filter(e -> !e.warning()).count();
                long warnings = found.size() - errors;
                out.println(passed ? "核对通过：" + form + (warnings == 0 ? "" : "，另有" + warnings + "处提示") + " [OK]"
                        : "核对未通过：" + form + "，共" + errors + "处错误" + (warnings == 0 ? "" : "、" + warnings + "处提示")
                        + " [FORM_INVALID]");
            }
            out.flush();
            return passed ? Cli.OK : Cli.INVALID;
        }
    }

    /** {@code report consolidate FORM… --against CASE.json --period YYYY-MM --out F.xlsx}. */
    @Command(name = "consolidate", mixinStandardHelpOptions = true,
            description = {"把各街道的统计表汇总为一个工作簿（汇总表加每个街道一张表），未通过核对的表格不予收录，全部拒收时不写文件；"
                    + "有表格被拒收时退出码为1"})
    static final class Consolidate implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FORM", description = "各街道填报的统计表")
        List<Path> forms;

        @Option(names = "--against", required = true, paramLabel = "CASE.json", description = "案卷文件（含附表1问题清单）")
        Path caseFile;

        @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "表格报告的月份，如 2018-11")
        YearMonth period;

        @Mixin
        OutOption out;

        @Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            PrintWriter print = spec.commandLine().getOut();
            rules.prepare();
            List<Path> inputs = new ArrayList<>(forms);
            inputs.add(caseFile);
            OutputFile target = out.checked(inputs, ".xlsx");
            CaseFile master = Cli.readCaseFile(caseFile, false, spec.commandLine().getErr());
            ByteArrayOutputStream workbook = new ByteArrayOutputStream();
            Consolidation result = consolidate(master, rules.engine(spec.commandLine().getErr()), workbook);
            if (!result.accepted().isEmpty()) {
                Output.write(target, workbook::writeTo);
            }
            for (Consolidation.Accepted a : result.accepted()) {
                Consolidation.Totals t = a.totals();
                print.println("已收录 " + a.file() + "：" + a.unitName() + "，按" + day(a.comparedOn()) + "的案卷核对，"
                        + t.rows() + "个问题，完成整治" + t.done() + "个，未完成" + t.notDone() + "个，已销号" + t.closed()
                        + "个（其中违规销号" + t.irregularlyClosed() + "个） [ACCEPTED]");
                a.warnings().forEach(w -> print.println("  " + w.describe()));
            }
            for (Consolidation.Refused r : result.refused()) {
                long errors = r.errors().stream().filter(e -> !e.warning()).count();
                print.println("已拒收 " + r.file() + "，共" + errors + "处错误 [REFUSED]");
                r.errors().forEach(e -> print.println("  " + e.describe()));
            }
            print.println(result.accepted().isEmpty()
                    ? "全部" + result.refused().size() + "份表格均被拒收，未写出汇总工作簿 [FORMS_REFUSED]"
                    : "汇总工作簿：" + out.path + "，收录" + result.accepted().size() + "份，拒收" + result.refused().size() + "份 ["
                    + (result.allAccepted() ? "OK" : "FORMS_REFUSED") + "]");
            return result.allAccepted() ? Cli.OK : Cli.INVALID;
        }

        private static String day(LocalDate date) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }

        private Consolidation consolidate(CaseFile master, ComplianceEngine engine, ByteArrayOutputStream workbook) {
            try {
                return LookBackForm.consolidate(forms, master, period, engine, workbook);
            } catch (IOException e) {
                throw new Cli.Failure(Cli.USAGE, "无法汇总 [CANNOT_CONSOLIDATE]: " + e.getMessage());
            } catch (InvalidCaseFileException e) {
                throw new Cli.Failure(Cli.INVALID, "案卷文件校验未通过 [CASE_FILE_INVALID]: " + e.getMessage());
            }
        }
    }

    /** {@code report findings CASE.json --as-of DATE --out F.xlsx}. */
    @Command(name = "findings", mixinStandardHelpOptions = true,
            description = {"写出监管工作簿：汇总、图表，及问题发现、销号状态、问责建议、水质评价各一张表（the supervision workbook）"})
    static final class Findings implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        AssessedDocument document;

        @Override
        public Integer call() {
            AssessedDocument.Assessed done = document.assess(spec.commandLine().getErr(), ".xlsx");
            Assessment assessment = done.assessment();
            Output.write(done.target(), stream -> SupervisionWorkbook.write(done.caseFile(), assessment, stream));
            spec.commandLine().getOut().println("已写出监管工作簿：" + document.out.path + "，问题发现" + assessment.findings().size()
                    + "条，销号状态" + assessment.closeOut().size() + "条，问责建议" + assessment.accountability().size()
                    + "条，水质评价" + assessment.waterQuality().size() + "条 [OK]");
            return Cli.OK;
        }
    }

    static List<FormError> check(Path form, CaseFile master, YearMonth period, ComplianceEngine engine) {
        try {
            return LookBackForm.check(form, master, period, engine);
        } catch (InvalidCaseFileException e) {
            throw new Cli.Failure(Cli.INVALID, "案卷文件校验未通过 [CASE_FILE_INVALID]: " + e.getMessage());
        } catch (IOException e) {
            throw Cli.unreadable(form, e);
        }
    }
}
