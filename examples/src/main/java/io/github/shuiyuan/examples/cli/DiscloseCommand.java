package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.DisclosureRefusedException;
import io.github.shuiyuan.report.PublicDisclosure;
import io.github.shuiyuan.rules.Assessment;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shuiyuan disclose CASE.json --period YYYY-MM [--published-on DATE] --out F.(json|html|xlsx)}: the monthly
 * public disclosure, as of the earlier of the publishing date and the period's last day (a draft without one).
 */
@Command(name = "disclose", mixinStandardHelpOptions = true,
        description = {"写出每月水源地保护情况信息公开（不含个人信息）（the monthly public disclosure, no personal data）"})
final class DiscloseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CaseFileParameter caseFile;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "公开的月份，如 2018-11")
    YearMonth period;

    @Option(names = "--published-on", paramLabel = "DATE",
            description = "发布日期，如 2018-11-28；统计截至发布日期与该月最后一天中较早者；不给则为草稿（未发布）")
    LocalDate publishedOn;

    @Mixin
    OutOption out;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        rules.prepare();
        OutputFile target = out.checked(List.of(caseFile.path), ".json", ".html", ".xlsx");
        PublicDisclosure.Format format = PublicDisclosure.Format.forFile(out.path);
        ValidCaseFile file = caseFile.read(err);
        DisclosurePage page = page(rules, file, period, publishedOn, err);
        Output.write(target, stream -> PublicDisclosure.write(page, format, stream));
        spec.commandLine().getOut().println("已写出" + page.title() + "：" + out.path + "，" + page.sources().size() + "个水源地 [OK]");
        return Cli.OK;
    }

    /**
     * The disclosure of {@code period} published on {@code publishedOn} (null: a draft), from an assessment by
     * {@code rules} as of the page's date; a refused period ends the command (exit 2).
     */
    static DisclosurePage page(RulesOption rules, ValidCaseFile file, YearMonth period, LocalDate publishedOn,
            PrintWriter err) {
        try {
            Assessment assessment = rules.assess(file, PublicDisclosure.asOf(period, publishedOn), err);
            return PublicDisclosure.build(file.caseFile(), assessment, period, publishedOn);
        } catch (DisclosureRefusedException e) {
            throw new Cli.Failure(Cli.USAGE, "无法公开：" + e.getMessage());
        }
    }
}
