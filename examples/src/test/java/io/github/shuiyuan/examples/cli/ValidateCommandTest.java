package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void the_sample_is_valid_and_its_content_is_counted() {
        Run run = Run.of("validate", Run.SAMPLE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("南通市崇川区（320602）", "水源地3个", "问题20个", "水质样品23个", "校验通过 [VALID]");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void every_error_of_a_broken_file_is_listed_with_its_path_then_counted() {
        Path broken = CaseFilesOnDisk.broken(folder);

        Run run = Run.of("validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "broken.json $.waterSources[0].remarkz: 未知字段“remarkz”（WaterSource不含此字段，请检查拼写） [UNKNOWN_FIELD]",
                "broken.json $.problems[1].deadline: “2018-02-30”不是有效的日期（如2018-06-20） [INVALID_DATE]",
                "broken.json $.problems[0].waterSourceId: 引用的水源地“WS-404”不存在 [DANGLING_REFERENCE]",
                "案卷文件校验未通过 [CASE_FILE_INVALID]: " + broken + "，共3处错误");
    }

    @Test
    void json_output_lists_the_errors_for_machines() {
        Run run = Run.of("validate", CaseFilesOnDisk.broken(folder).toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = run.json();
        assertThat(report.get("valid").booleanValue()).isFalse();
        List<String> codes = new ArrayList<>();
        report.get("errors").forEach(e -> codes.add(e.get("path").textValue() + " " + e.get("code").textValue()));
        assertThat(codes).containsExactly("$.waterSources[0].remarkz UNKNOWN_FIELD", "$.problems[1].deadline INVALID_DATE",
                "$.problems[0].waterSourceId DANGLING_REFERENCE");
        assertThat(report.get("errors").get(0).get("messageEn").textValue()).contains("remarkz");
    }

    @Test
    void json_output_of_a_valid_file_says_valid() {
        Run run = Run.of("validate", Run.SAMPLE.toString(), "--format=JSON");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("valid").booleanValue()).isTrue();
        assertThat(run.json().get("errors")).isEmpty();
    }

    @Test
    void a_lenient_reading_ignores_unknown_fields_that_a_strict_one_refuses() {
        Path file = CaseFilesOnDisk.withUnknownField(folder);

        assertThat(Run.of("validate", file.toString()).exitCode()).isEqualTo(1);
        assertThat(Run.of("validate", file.toString(), "--lenient").exitCode()).isZero();
    }

    @Test
    void malformed_json_is_an_invalid_case_file_with_its_line() {
        Run run = Run.of("validate", CaseFilesOnDisk.truncated(folder).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("truncated.json $ (第2行", "[MALFORMED_JSON]");
    }

    @Test
    void a_missing_file_cannot_be_checked() {
        Run run = Run.of("validate", folder.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("文件不存在 [FILE_NOT_FOUND]: ").contains("nowhere.json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_directory_is_not_a_case_file() {
        Run run = Run.of("validate", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("应为文件，却是目录 [NOT_A_FILE]: ");
    }

    @Test
    void an_unknown_format_is_a_usage_error_naming_the_choices() {
        Run run = Run.of("validate", Run.SAMPLE.toString(), "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("选项 --format 的值“xml”无效，可选：text、json [INVALID_VALUE]");
    }
}
