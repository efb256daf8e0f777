package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shuiyuan validate CASE.json}: checks a case file and lists every error with its JSON path. */
@Command(name = "validate", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = {"校验案卷文件：列出每一处错误及其JSON路径。",
                "退出码：0 校验通过；1 案卷有错误；2 文件无法读取或用法错误。"})
final class ValidateCommand implements Callable<Integer> {

    /** What {@code --format json} prints. */
    record Report(boolean valid, List<ValidationError> errors) {
    }

    @Parameters(paramLabel = "CASE.json", description = "要校验的案卷文件（JSON）")
    Path caseFile;

    @Option(names = "--lenient", description = "宽松读取：忽略未知字段（默认拒绝并指出字段名）")
    boolean lenient;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            CaseFile file = Cli.loadCaseFile(caseFile, lenient).caseFile();
            printValid(file, out);
            return Cli.OK;
        } catch (InvalidCaseFileException e) {
            printInvalid(e.errors(), out);
            return Cli.INVALID;
        }
    }

    private void printValid(CaseFile file, PrintWriter out) {
        if (format.json()) {
            out.print(Cli.json(new Report(true, List.of())));
        } else {
            out.println(CaseFileSummary.of(file));
            out.println("校验通过 [VALID]: " + caseFile);
        }
        out.flush();
    }

    private void printInvalid(List<ValidationError> errors, PrintWriter out) {
        if (format.json()) {
            out.print(Cli.json(new Report(false, errors)));
        } else {
            Cli.printErrors(caseFile, errors, out);
            out.println(Cli.invalidSummary(caseFile, errors.size()));
        }
        out.flush();
    }
}
