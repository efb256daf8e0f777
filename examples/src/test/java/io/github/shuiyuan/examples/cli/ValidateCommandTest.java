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
    void theSampleIsValidAndItsContentIsCounted() {
        Run run = Run.of("validate", Run.SAMPLE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("南通市崇川区（320602）", "水源地3个", "问题20个", "水质样品23个", "校验通过 [VALID]");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyErrorOfABrokenFileIsListedWithItsPathThenCounted() {
        Path broken = CaseFiles.broken(folder);

        Run run = Run.of("validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "broken.json $.waterSources[0].remarkz: 未知字段“remarkz”（WaterSource不含此字段，请检查拼写） [UNKNOWN_FIELD]",
                "broken.json $.problems[1].deadline: “2018-02-30”不是有效的日期（如2018-06-20） [INVALID_DATE]",
                "broken.json $.problems[0].waterSourceId: 引用的水源地“WS-404”不存在 [DANGLING_REFERENCE]",
                "案卷文件校验未通过 [CASE_FILE_INVALID]: " + broken + "，共3处错误");
    }

    @Test
    void jsonOutputListsTheErrorsForMachines() {
        Run run = Run.of("validate", CaseFiles.broken(folder).toString(), "--format", "json");

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
    void jsonOutputOfAValidFileSaysValid() {
        Run run = Run.of("validate", Run.SAMPLE.toString(), "--format=JSON");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("valid").booleanValue()).isTrue();
        assertThat(run.json().get("errors")).isEmpty();
    }

    @Test
    void aLenientReadingIgnoresUnknownFieldsThatAStrictOneRefuses() {
        Path file = CaseFiles.withUnknownField(folder);

        assertThat(Run.of("validate", file.toString()).exitCode()).isEqualTo(1);
        assertThat(Run.of("validate", file.toString(), "--lenient").exitCode()).isZero();
    }

    @Test
    void malformedJsonIsAnInvalidCaseFileWithItsLine() {
        Run run = Run.of("validate", CaseFiles.truncated(folder).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("truncated.json $ (第2行", "[MALFORMED_JSON]");
    }

    @Test
    void aMissingFileCannotBeChecked() {
        Run run = Run.of("validate", folder.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("文件不存在 [FILE_NOT_FOUND]: ").contains("nowhere.json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDirectoryIsNotACaseFile() {
        Run run = Run.of("validate", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("应为文件，却是目录 [NOT_A_FILE]: ");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheChoices() {
        Run run = Run.of("validate", Run.SAMPLE.toString(), "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("选项 --format 的值“xml”无效，可选：text、json [INVALID_VALUE]");
    }
}
