package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.inspection.InspectionResult;
import io.github.shuiyuan.core.inspection.InspectionType;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule scenarios: partial-key expectations, close-out and accountability outcomes, files that are not scenarios. */
class ScenarioRunnerTest {

    static final ScenarioRunner RUNNER = new ScenarioRunner(Verify.ENGINE);

    /** An open outfall in the first zone (ZN-01 for PRB-1) and a farm in the quasi zone, where it is allowed. */
    static final String CASE = CaseFiles.healthy()
            .problem("PRB-1", 1, p -> p.status(ProblemStatus.OPEN))
            .problem("PRB-2", 2, p -> p.category(ProblemCategory.CROP_FARMING).zoneLevel(ZoneLevel.QUASI))
            .json();

    @TempDir
    Path dir;

    Path write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path scenario(String name, String expect) {
        return write(name, """
                {"name": "测试场景", "asOf": "2018-06-25", "case": %s, "expect": %s}""".formatted(CASE, expect));
    }

    @Test
    void a_scenario_passes_when_every_present_expectation_matches_and_no_absent_one_does() {
        ScenarioResult result = RUNNER.runFile(scenario("ok.json", """
                {"present": [{"ruleId": "ZN-01", "subjectId": "PRB-1", "severity": "CRITICAL", "unitId": "SD-A"}],
                 "absent": [{"ruleId": "ZN-01", "subjectId": "PRB-2"}, {"ruleId": "ZN-02"}]}"""));
        assertThat(result.failures()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.name()).isEqualTo("测试场景");
    }

    @Test
    void a_missing_finding_fails_naming_what_was_expected_and_what_the_rule_found() {
        ScenarioResult result = RUNNER.runFile(scenario("wrong.json", """
                {"present": [{"ruleId": "ZN-01", "subjectId": "PRB-9"}, {"ruleId": "ZN-02"}]}"""));
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures().get(0))
                .contains("期望出现 {\"ruleId\":\"ZN-01\",\"subjectId\":\"PRB-9\"}", "实际：{\"ruleId\":\"ZN-01\",\"subjectId\":\"PRB-1\"}")
                .endsWith("[EXPECTED_PRESENT]");
        assertThat(result.failures().get(1)).contains("期望出现 {\"ruleId\":\"ZN-02\"}，但没有找到；实际：没有 ZN-02 的发现");
        assertThat(result.describe()).startsWith("wrong.json（测试场景）：期望出现");
    }

    @Test
    void a_key_left_out_matches_anything_so_an_absent_rule_id_means_no_finding_of_that_rule() {
        ScenarioResult result = RUNNER.runFile(scenario("absent.json", """
                {"absent": [{"ruleId": "ZN-01"}]}"""));
        assertThat(result.failures()).singleElement().asString()
                .contains("期望不出现 {\"ruleId\":\"ZN-01\"}", "实际出现：{\"ruleId\":\"ZN-01\",\"subjectId\":\"PRB-1\"}")
                .endsWith("[EXPECTED_ABSENT]");
    }

    @Test
    void every_key_given_must_be_equal() {
        ScenarioResult result = RUNNER.runFile(scenario("severity.json", """
                {"present": [{"ruleId": "ZN-01", "subjectId": "PRB-1", "severity": "MAJOR"}]}"""));
        assertThat(result.passed()).isFalse();
    }

    @Test
    void a_null_key_means_the_value_is_absent() {
        assertThat(RUNNER.runFile(scenario("ref.json", """
                {"present": [{"ruleId": "ZN-01", "subjectId": "PRB-1", "ref": null}]}""")).passed()).isTrue();
        assertThat(RUNNER.runFile(scenario("ref.json", """
                {"present": [{"ruleId": "ZN-01", "subjectId": "PRB-1", "ref": "2018-05"}]}""")).passed()).isFalse();
    }

    @Test
    void close_out_and_accountability_outcomes_are_expectations_too() {
        String closedOverRecurrence = CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.status(ProblemStatus.CLOSED).rectifiedOn(date("2018-05-01"))
                        .closedOn(date("2018-06-10")).measures("封堵").result("已封堵"))
                .add(Inspection.builder().id("INS-1").type(InspectionType.LOOK_BACK).waterSourceId("WS-A")
                        .date(date("2018-06-01"))
                        .results(List.of(new InspectionResult("PRB-1", LookBackOutcome.RECURRED, null))).build())
                .json();
        Path file = write("closed.json", """
                {"name": "反弹后销号", "asOf": "2018-06-25", "case": %s, "expect": {"present": [
                  {"closeOut": "PRB-1", "eligible": false},
                  {"accountability": "ACC-03", "targetUnitId": "SD-A", "measure": "PUBLIC_INTERVIEW", "basis": ["PRB-1"]}]}}"""
                .formatted(closedOverRecurrence));
        assertThat(RUNNER.runFile(file).failures()).isEmpty();

        write("closed.json", read(file).replace("PUBLIC_INTERVIEW", "REFERRAL"));
        assertThat(RUNNER.runFile(file).failures()).singleElement().asString()
                .contains("\"measure\":\"REFERRAL\"", "实际：{\"accountability\":\"ACC-03\",\"targetUnitId\":\"SD-A\",\"measure\":\"PUBLIC_INTERVIEW\"}");
    }

    @Test
    void a_case_file_shared_by_path_is_read_relative_to_the_scenario() {
        write("cases/shared.json", CASE);
        Path file = write("shared.json", """
                {"name": "共用案卷", "asOf": "2018-06-25", "caseFile": "cases/shared.json",
                 "expect": {"present": [{"ruleId": "ZN-01", "subjectId": "PRB-1"}]}}""");
        assertThat(RUNNER.runFile(file).failures()).isEmpty();
    }

    @Test
    void a_file_that_is_not_json_fails_with_the_place_of_the_error() {
        ScenarioResult result = RUNNER.runFile(write("bad.json", "{\"name\": \"坏文件\",\n  \"asOf\": }"));
        assertThat(result.failures()).singleElement().asString()
                .contains("不是有效的JSON（第2行").endsWith("[BAD_SCENARIO]");
        assertThat(result.name()).isNull();
    }

    @Test
    void a_scenario_without_as_of_date_fails_and_says_so() {
        ScenarioResult result = RUNNER.runFile(write("no-date.json", """
                {"name": "无日期", "case": %s, "expect": {"absent": [{"ruleId": "ZN-02"}]}}""".formatted(CASE)));
        assertThat(result.failures()).singleElement().asString().contains("缺少 asOf");
        assertThat(result.name()).isEqualTo("无日期");
    }

    @Test
    void an_invalid_case_file_fails_with_its_validation_errors() {
        String dangling = CASE.replace("\"responsibleUnitId\" : \"SD-A\"", "\"responsibleUnitId\" : \"SD-X\"");
        assertThat(dangling).isNotEqualTo(CASE);
        ScenarioResult inline = RUNNER.runFile(write("inline.json", """
                {"name": "坏案卷", "asOf": "2018-06-25", "case": %s, "expect": {"absent": [{"ruleId": "ZN-02"}]}}"""
                .formatted(dangling)));
        assertThat(inline.failures()).singleElement().asString()
                .contains("内嵌案卷 case 校验未通过", "$.case.", "SD-X");

        write("cases/dangling.json", dangling);
        ScenarioResult shared = RUNNER.runFile(write("shared.json", """
                {"name": "坏案卷", "asOf": "2018-06-25", "caseFile": "cases/dangling.json", "expect": {"absent": [{"ruleId": "ZN-02"}]}}"""));
        assertThat(shared.failures()).singleElement().asString().contains("案卷文件 cases/dangling.json 校验未通过", "$.");
        ScenarioResult missing = RUNNER.runFile(write("missing.json", """
                {"name": "无案卷", "asOf": "2018-06-25", "caseFile": "cases/none.json", "expect": {"absent": [{"ruleId": "ZN-02"}]}}"""));
        assertThat(missing.failures()).singleElement().asString().contains("案卷文件不存在：cases/none.json");
    }

    @Test
    void typos_and_scenarios_that_cannot_fail_are_not_scenarios() {
        assertThat(RUNNER.runFile(scenario("typo.json", "{\"present\": [{\"ruleID\": \"ZN-01\"}]}")).failures())
                .singleElement().asString().contains("未知的键“ruleID”");
        assertThat(RUNNER.runFile(scenario("typo.json", "{\"presnt\": [{\"ruleId\": \"ZN-01\"}]}")).failures())
                .singleElement().asString().contains("未知的字段“presnt”");
        assertThat(RUNNER.runFile(scenario("empty.json", "{\"present\": []}")).failures())
                .singleElement().asString().contains("没有任何期望");
    }

    @Test
    void a_folder_runs_its_json_files_in_name_order_and_counts_them() throws IOException {
        scenario("a-passes.json", "{\"present\": [{\"ruleId\": \"ZN-01\"}]}");
        scenario("b-fails.json", "{\"absent\": [{\"ruleId\": \"ZN-01\"}]}");
        write("c-not-a-scenario.json", "[]");
        write("cases/shared.json", CASE);
        write("notes.txt", "not json");
        ScenarioReport report = RUNNER.run(dir);
        assertThat(report.results()).extracting(r -> r.file().getFileName().toString())
                .containsExactly("a-passes.json", "b-fails.json", "c-not-a-scenario.json");
        assertThat(report.summary()).isEqualTo("1 passed, 2 failed");
        assertThat(report.failures()).hasSize(2);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void an_engine_of_some_rules_checks_a_missing_data_expectation_only_when_it_holds_that_rules_companions() throws Exception {
        Path file = scenario("iso-gap.json", """
                {"present": [{"ruleId": "DAT-01", "ref": "ISO-01", "subjectId": "WS-A/FIRST"}]}""");

        assertThat(new ScenarioRunner(ComplianceEngine.builder().only("CLO-12").build()).runFile(file).failures())
                .as("CLO-12 comes with DAT-01 companions of CLO-03, not of ISO-01").isEmpty();
        assertThat(new ScenarioRunner(ComplianceEngine.builder().only("ISO-01").build()).runFile(file).failures())
                .singleElement().asString().contains("\"ref\":\"ISO-01\"").endsWith("[EXPECTED_PRESENT]");
    }

    @Test
    void an_engine_of_one_close_out_condition_checks_close_out_expectations_on_that_condition_alone() throws Exception {
        Files.createDirectories(dir.resolve("cases"));
        Files.copy(RuleScenariosTest.folder("/scenarios").resolve("cases/chongchuan-2018.json"), dir.resolve("cases/chongchuan-2018.json"));
        Path both = write("both.json", """
                {"name": "PRB-007", "asOf": "2018-12-10", "caseFile": "cases/chongchuan-2018.json",
                 "expect": {"present": [{"closeOut": "PRB-007", "eligible": false, "unmet": ["CLO-03", "CLO-04"]}]}}""");
        Path photoOnly = write("photo-only.json", """
                {"name": "PRB-007", "asOf": "2018-12-10", "caseFile": "cases/chongchuan-2018.json",
                 "expect": {"present": [{"closeOut": "PRB-007", "unmet": ["CLO-03"]}]}}""");
        ScenarioRunner clo04 = new ScenarioRunner(ComplianceEngine.builder().only("CLO-04").build());

        assertThat(clo04.runFile(both).failures()).as("CLO-03 and eligibility are not judged without their rules").isEmpty();
        assertThat(clo04.runFile(photoOnly).failures()).as("CLO-04 is unmet for PRB-007, which the expectation denies")
                .singleElement().asString().endsWith("[EXPECTED_PRESENT]");
        assertThat(RUNNER.runFile(photoOnly).passed()).isFalse();
    }
}
