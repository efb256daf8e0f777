package io.github.shuiyuan.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

    private static final String SAMPLE = Path.of("data", "chongchuan-2018.json").toAbsolutePath().toString();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream standardOut;

    @BeforeEach
    void capture() {
        standardOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(standardOut);
    }

    @Test
    void assesses_the_sample_and_prints_its_findings() throws Exception {
        EmbeddingExample.main(new String[] {SAMPLE, "2018-12-10"});

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("规则集 default ").contains("截至 2018-12-10 发现 ");
        assertThat(text.lines().filter(line -> line.startsWith("ZN-01 [CRITICAL] PRB-"))).isNotEmpty();
    }

    @Test
    void lists_the_errors_of_an_invalid_case_file_instead_of_assessing_it(@TempDir Path folder) throws Exception {
        Path invalid = Files.writeString(folder.resolve("invalid.json"), "{\"schemaVersion\": \"1\"}");

        EmbeddingExample.main(new String[] {invalid.toString()});

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("$.jurisdiction REQUIRED: 缺少必填字段“jurisdiction”\n");
    }
}
