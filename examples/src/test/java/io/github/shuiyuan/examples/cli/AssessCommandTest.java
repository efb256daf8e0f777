package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

    @TempDir
    Path folder;

    @Test
    void prints_the_assessment_as_json_by_default_and_the_same_each_time() {
        Run first = Run.of("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10");
        Run second = Run.of("assess", Run.SAMPLE.toString(), "--as-of=2018-12-10");

        assertThat(first.exitCode()).isZero();
        assertThat(first.json().get("asOf").textValue()).isEqualTo("2018-12-10");
        assertThat(first.json().get("ruleset").get("name").textValue()).isEqualTo("default");
        assertThat(first.json().get("findings").findValuesAsText("ruleId")).contains("ZN-01");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void text_format_groups_findings_by_family_then_closes_out_accountability_and_water_quality() {
        Run run = Run.of("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10", "--format", "text");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("水源地保护合规评估 · 截至 2018-12-10", "【治 · 保护区内禁止的活动】",
                "【销号条件】", "【问责】", "【水质】样品 23 个");
        assertThat(run.out().lines().filter(line -> line.startsWith("ZN-01")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("严重", "问题 PRB-"));
    }

    @Test
    void writes_to_the_out_file_whole_and_leaves_no_temporary_file_behind() throws IOException {
        Path out = folder.resolve("assessment.json");
        Files.writeString(out, "old content");

        Run run = Run.of("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("{").contains("\"findings\"").endsWith("}\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void an_out_file_in_a_missing_folder_cannot_be_written() {
        Run run = Run.of("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10",
                "--out", folder.resolve("missing/assessment.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("[DIRECTORY_NOT_FOUND]");
    }

    @Test
    void fail_on_exits_one_after_writing_when_a_finding_is_severe_enough() {
        Run run = Run.of("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10", "--fail-on", "CRITICAL");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("findings")).isNotEmpty();
        assertThat(run.err()).contains("“严重”（CRITICAL）", "[FAIL_ON_MET]");
    }

    @Test
    void fail_on_is_not_met_without_findings() {
        Run run = Run.of("assess", CaseFilesOnDisk.empty(folder).toString(), "--as-of", "2018-12-10", "--fail-on", "info");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("findings")).isEmpty();
    }

    @Test
    void an_invalid_case_file_is_not_assessed() {
        Run run = Run.of("assess", CaseFilesOnDisk.broken(folder).toString(), "--as-of", "2018-12-10");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("$.problems[0].waterSourceId", "[CASE_FILE_INVALID]");
    }

    @Test
    void an_impossible_as_of_date_is_a_usage_error_naming_the_option() {
        Run run = Run.of("assess", Run.SAMPLE.toString(), "--as-of", "2018-02-30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("选项 --as-of 的值无效：“2018-02-30”不是真实存在的日期", "[INVALID_DATE]");
    }

    @Test
    void the_as_of_date_is_required() {
        Run run = Run.of("assess", Run.SAMPLE.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("缺少必需的选项 --as-of [MISSING_ARGUMENT]");
    }

    @Test
    void an_unknown_severity_is_a_usage_error() {
        Run run = Run.of("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10", "--fail-on", "URGENT");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("选项 --fail-on 的值无效", "[INVALID_SEVERITY]");
    }

    @Test
    void a_broken_rule_overlay_means_the_assessment_could_not_run() throws IOException {
        Path rules = Files.createDirectory(folder.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package io.github.shuiyuan.rules;\nrule \"X\" when\n  Foo( then\nend\n");

        Run run = Run.of("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("broken\\.drl:\\d+: ").contains("[RULES_INVALID]");
        assertThat(run.out()).isEmpty();
    }
}
