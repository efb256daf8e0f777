package io.github.shuiyuan.examples.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The required {@code --as-of DATE} of every command that assesses as of a date. */
final class AsOfOption {

    @Option(names = "--as-of", required = true, paramLabel = "DATE",
            description = "评估截止日期（表格的填报时间），如 2018-12-10；只有此日及以前的记录存在")
    LocalDate date;
}
