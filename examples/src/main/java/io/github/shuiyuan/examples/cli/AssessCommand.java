package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shuiyuan assess CASE.json --as-of DATE}: the assessment of a case file as of a date. */
@Command(name = "assess", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"按截止日期评估案卷：发现的问题、销号条件、问责建议、水质评价。默认输出JSON。",
                "退出码：0 完成；1 案卷有错误（不评估），或 --fail-on 条件成立；2 文件无法读取、规则无法编译或用法错误。"})
final class AssessCommand implements Callable<Integer> {

    @Mixin
    CaseFileParameter caseFile;

    @Mixin
    AsOfOption asOf;

    @Mixin
    RulesOption rules;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "输出格式：json 供程序读取（默认），text 为供人阅读的中文表格")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "写入此文件（json 格式为 .json，text 格式为 .txt；不得是输入文件；完整写入后替换，不会留下半个文件）；默认输出到标准输出")
    Path out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "存在不低于此严重程度的发现时以退出码1结束（输出照常写出）：CRITICAL|MAJOR|MINOR|INFO")
    Severity failOn;

    @Option(names = "--lenient", description = "宽松读取：忽略未知字段（默认拒绝并指出字段名）")
    boolean lenient;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        rules.prepare();
        OutputFile target = out == null ? null
                : Output.checked(out, caseFile.path, format == Format.TEXT ? ".txt" : ".json");
        ValidCaseFile valid = Cli.readValidCaseFile(caseFile.path, lenient, err);
        CaseFile file = valid.caseFile();
        Assessment assessment = rules.engine(err).assess(valid, asOf.date);   // read and validated once, not again here
        if (format == Format.TEXT) {
            Output.text(AssessmentText.render(assessment, file), target, spec.commandLine().getOut());
        } else {
            Output.json(assessment, target, spec.commandLine().getOut());
        }
        if (out != null) {
            err.println("评估结果已写入 [WRITTEN]: " + out + "（发现" + assessment.findings().size() + "条）");
        }
        return failOnMet(assessment, err) ? Cli.INVALID : Cli.OK;
    }

    private boolean failOnMet(Assessment assessment, PrintWriter err) {
        if (failOn == null || !assessment.hasFindingAtLeast(failOn)) {
            return false;
        }
        long count = assessment.findings().stream().filter(f -> f.severity().isAtLeast(failOn)).count();
        err.println("存在严重程度不低于“" + failOn.label() + "”（" + failOn + "）的发现" + count + "条 [FAIL_ON_MET]");
        return true;
    }
}
