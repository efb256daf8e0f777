package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.PublicDisclosure;
import io.github.shuiyuan.rules.Assessment;
import java.io.PrintWriter;
import java.util.List;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** {@code shuiyuan disclose CASE.json --period YYYY-MM --out F.(json|html|xlsx)}: the monthly public disclosure. */
@Command(name = "disclose", mixinStandardHelpOptions = true,
        description = {"写出每月水源地保护情况信息公开（不含个人信息）（the monthly public disclosure, no personal data）"})
final class DiscloseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CaseFileParameter caseFile;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "公开的月份，如 2018-11")
    YearMonth period;

    @Mixin
    OutOption out;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        rules.checkFolder();
        PublicDisclosure.Format format;
        try {
            format = PublicDisclosure.Format.forFile(out.path);
        } catch (IllegalArgumentException e) {
            throw new Cli.Failure(Cli.USAGE, "输出文件须为.json、.html或.xlsx [UNKNOWN_FORMAT]: " + out.path);
        }
        OutputFile target = out.checked(List.of(caseFile.path));
        CaseFile file = caseFile.read(err);
        Assessment assessment = rules.assess(file, caseFile.path, period.atEndOfMonth(), err);
        DisclosurePage page = PublicDisclosure.build(file, assessment, period);
        Output.write(target, stream -> PublicDisclosure.write(page, format, stream));
        spec.commandLine().getOut().println("已写出" + page.title() + "：" + out.path + "，" + page.sources().size() + "个水源地 [OK]");
        return Cli.OK;
    }
}
