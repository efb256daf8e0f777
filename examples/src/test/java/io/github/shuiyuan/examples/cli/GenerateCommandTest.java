package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path folder;

    @Test
    void writes_a_valid_case_file_and_says_how_big_it_is() throws Exception {
        Path file = folder.resolve("province.json");

        Run run = Run.of("generate", "--sources", "3", "--seed", "42", "--out", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("已生成案卷 [GENERATED]", "3个水源地", "种子42", "--as-of 2018-12-10");
        assertThat(Run.of("validate", file.toString()).exitCode()).isZero();
        assertThat(Run.of("assess", file.toString(), "--as-of", "2018-12-10").exitCode()).isZero();
    }

    @Test
    void the_same_seed_writes_the_same_bytes() throws Exception {
        Path a = folder.resolve("a.json");
        Path b = folder.resolve("b.json");

        Run.of("generate", "--sources", "4", "--seed", "9", "--out", a.toString());
        Run.of("generate", "--sources", "4", "--seed", "9", "--out", b.toString());

        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void no_sources_is_a_usage_error() {
        Run run = Run.of("generate", "--sources", "0", "--out", folder.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--sources", "[INVALID_VALUE]");
        assertThat(folder.resolve("x.json")).doesNotExist();
    }
}
