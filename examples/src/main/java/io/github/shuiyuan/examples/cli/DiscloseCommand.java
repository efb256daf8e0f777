package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.PublicDisclosure;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code shuiyuan disclose CASE.json --period YYYY-MM [--published-on DATE] --out F.(json|html|xlsx)}: the monthly
 * public disclosure, as of the earlier of the publishing date and the period's last day (a draft without one).
 */
@Command(name = "disclose", mixinStandardHelpOptions = true,
        description = {"写出每月水源地保护情况信息公开（不含个人信息）（the monthly public disclosure, no personal data）"})
final class DiscloseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "案卷文件（case file）")
    Path caseFile;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "公开的月份，如 2018-11")
    YearMonth period;

    @Option(names = "--published-on", paramLabel = "DATE",
            description = "发布日期，如 2018-11-28；统计截至发布日期与该月最后一天中较早者；不给则为草稿（未发布）")
    LocalDate publishedOn;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件 .json、.html 或 .xlsx")
    Path out;

    @Override
    public Integer call() {
        PublicDisclosure.Format format;
        try {
            format = PublicDisclosure.Format.forFile(out);
        } catch (IllegalArgumentException e) {
            throw new Cli.Failure(Cli.USAGE, "输出文件须为.json、.html或.xlsx [UNKNOWN_FORMAT]: " + out);
        }
        CaseFile file = Cli.readCaseFile(caseFile, false, spec.commandLine().getErr());
        DisclosurePage page = ReportSupport.disclose(file, period, publishedOn);
        Output.write(out, stream -> PublicDisclosure.write(page, format, stream));
        spec.commandLine().getOut().println("已写出" + page.title() + "：" + out + "，" + page.sources().size() + "个水源地 [OK]");
        return Cli.OK;
    }
}
