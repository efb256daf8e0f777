package io.github.shuiyuan.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of commands that print for people unless asked for JSON. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式：text 供人阅读（默认），json 供程序读取")
    Format format;

    boolean json() {
        return format == Format.JSON;
    }
}
