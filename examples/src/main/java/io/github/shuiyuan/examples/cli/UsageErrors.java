package io.github.shuiyuan.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Says in Chinese, with a stable English code, what is wrong with a command line picocli refused. */
final class UsageErrors {

    private UsageErrors() {
    }

    /** One line for people: what was wrong, naming the option or argument, then the code in brackets. */
    static String describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof MissingParameterException missing) {
            return "缺少必需的" + missing.getMissing().stream().map(UsageErrors::named)
                    .collect(Collectors.joining("、")) + " [MISSING_ARGUMENT]";
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return named(overwritten.getOverwritten()) + " 只能给出一次 [DUPLICATE_OPTION]";
        }
        if (ex.getCause() instanceof Cli.BadValue bad) {
            return named(ex.getArgSpec()) + " 的值无效：" + bad.getMessage() + " [" + bad.code + "]";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return named(ex.getArgSpec()) + " 的值“" + ex.getValue() + "”无效" + choices(ex.getArgSpec())
                    + " [INVALID_VALUE]";
        }
        return "命令用法错误 [USAGE]: " + ex.getMessage();
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> args = ex.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        if (first.startsWith("-")) {
            return "未知的选项“" + first + "” [UNKNOWN_OPTION]";
        }
        if (!ex.getCommandLine().getSubcommands().isEmpty()) {
            return "未知的命令“" + first + "”，可用的命令：" + String.join("、", ex.getCommandLine().getSubcommands().keySet())
                    + " [UNKNOWN_COMMAND]";
        }
        return "多余的参数“" + String.join(" ", args) + "” [UNEXPECTED_ARGUMENT]";
    }

    private static String named(ArgSpec arg) {
        if (arg == null) {
            return "参数";
        }
        return arg instanceof OptionSpec option ? "选项 " + option.longestName() : "参数 " + arg.paramLabel();
    }

    private static String choices(ArgSpec arg) {
        if (arg.completionCandidates() == null || !arg.type().isEnum()) {
            return "";
        }
        return "，可选：" + StreamSupport.stream(arg.completionCandidates().spliterator(), false)
                .map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.joining("、"));
    }
}
