package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void help_lists_the_commands_in_chinese() {
        Run run = Run.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：shuiyuan").contains("命令：", "validate", "assess", "rules",
                "校验案卷文件", "显示此帮助并退出。");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "assess", "rules", "rules list"})
    void every_command_has_chinese_help(String command) {
        String[] args = (command + " --help").split(" ");

        Run run = Run.of(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：shuiyuan " + command).contains("选项：", "显示此帮助并退出。");
    }

    @Test
    void version_names_the_program() {
        assertThat(Run.of("--version").out()).isEqualTo("shuiyuan 1.0.0\n");
        assertThat(Run.of("validate", "--version").out()).isEqualTo("shuiyuan 1.0.0\n");
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        Run run = Run.of("asses");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("未知的命令“asses”", "[UNKNOWN_COMMAND]", "shuiyuan --help");
    }

    @Test
    void an_unknown_option_is_a_usage_error_naming_it() {
        Run run = Run.of("validate", Run.SAMPLE.toString(), "--strict");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("未知的选项“--strict” [UNKNOWN_OPTION]", "shuiyuan validate --help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_extra_argument_is_a_usage_error() {
        Run run = Run.of("validate", Run.SAMPLE.toString(), "second.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("多余的参数“second.json” [UNEXPECTED_ARGUMENT]");
    }

    @Test
    void a_repeated_option_is_a_usage_error() {
        Run run = Run.of("validate", Run.SAMPLE.toString(), "--format", "text", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("选项 --format 只能给出一次 [DUPLICATE_OPTION]");
    }

    @Test
    void no_command_prints_the_usage() {
        Run run = Run.of();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：shuiyuan");
    }
}
