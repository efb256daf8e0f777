package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built {@code shuiyuan.jar} as its own process, as a person at a shell would, from an empty
 * working folder: the shaded jar must start, find its rules and compile them (Drools' {@code kie.conf}
 * files merged), and answer every bad input with a message and an exit code, never a stack trace.
 */
class ShuiyuanJarIT {

    private static final Path JAR = Path.of(System.getProperty("basedir", "."), "target", "shuiyuan.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    static Path workingFolder;

    /** One run of the jar: exit code, standard output, standard error. */
    record Result(int exitCode, String out, String err) {

        String all() {
            return out + err;
        }
    }

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("run `mvn verify -pl examples` to build the jar first").isRegularFile();
    }

    @Test
    void help_exits_zero() throws Exception {
        Result run = shuiyuan("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("用法：shuiyuan", "validate", "assess", "rules");
    }

    @Test
    void the_sample_is_valid() throws Exception {
        Result run = shuiyuan("validate", Run.SAMPLE.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("校验通过 [VALID]");
    }

    @Test
    void a_broken_case_file_is_refused_naming_every_mistake() throws Exception {
        Path broken = CaseFilesOnDisk.broken(workingFolder);

        Result run = shuiyuan("validate", broken.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.all()).contains("$.problems[0].waterSourceId", "$.problems[1].deadline", "remarkz");
    }

    @Test
    void the_sample_is_assessed_by_the_rules_inside_the_jar() throws Exception {
        Result run = shuiyuan("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"ruleset\"", "\"findings\"", "\"ruleId\" : \"ZN-01\"");
    }

    @Test
    void the_rules_compiled_into_the_jar_assess_as_the_same_rules_compiled_from_drl_inside_it() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("io/github/shuiyuan/rules/internal/model/prebuilt.properties")).isNotNull();
        }
        Path nothingLaidOver = Files.createDirectories(workingFolder.resolve("nothing-laid-over"));

        Result prebuilt = shuiyuan("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10");
        Result fromDrl = shuiyuan("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10", "--rules", nothingLaidOver.toString());

        assertThat(prebuilt.exitCode()).as(prebuilt.err()).isZero();
        assertThat(fromDrl.exitCode()).as(fromDrl.err()).isZero();
        assertThat(prebuilt.err()).as("no fallback to the DRL").isEmpty();
        assertThat(prebuilt.out()).isEqualTo(fromDrl.out());
    }

    @Test
    void the_assessment_reads_as_a_chinese_table() throws Exception {
        Result run = shuiyuan("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10", "--format", "text");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("水源地保护合规评估 · 截至 2018-12-10", "【销号条件】", "【水质】");
    }

    @Test
    void rules_are_listed() throws Exception {
        Result run = shuiyuan("rules", "list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ZN-01", "forbidden-in-zone.drl");
    }

    @Test
    void a_bad_option_exits_two() throws Exception {
        Result run = shuiyuan("assess", Run.SAMPLE.toString(), "--as-of", "2018-02-30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of", "[INVALID_DATE]");
    }

    @Test
    void bad_input_never_shows_a_stack_trace() throws Exception {
        Path directory = Files.createDirectories(workingFolder.resolve("a-folder"));
        Path truncated = CaseFilesOnDisk.truncated(workingFolder);
        List<Result> runs = new ArrayList<>();
        runs.add(shuiyuan("validate", directory.toString()));
        runs.add(shuiyuan("validate", workingFolder.resolve("nowhere.json").toString()));
        runs.add(shuiyuan("validate", truncated.toString()));
        runs.add(shuiyuan("assess", truncated.toString(), "--as-of", "2018-12-10"));
        runs.add(shuiyuan("validate", "--unknown-option"));
        runs.add(shuiyuan("rules", "list", "--rules", directory.resolve("none").toString()));

        assertThat(runs).extracting(Result::exitCode).containsExactly(2, 2, 1, 1, 2, 2);
        assertThat(runs).allSatisfy(run -> assertThat(run.all())
                .doesNotContain("Exception", "\tat ")
                .containsPattern("\\[[A-Z_]+]"));
    }

    @Test
    void the_demo_writes_every_report_and_its_forms_pass_their_own_check() throws Exception {
        Result run = shuiyuan("demo", "--out", "demo-out");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("示例案卷", "规则族", "销号", "问责建议", "回头看情况统计表-任港街道.xlsx");
        assertThat(run.all()).as("POI's Log4j API calls reach SLF4J, not the console").doesNotContain("Log4j", "SLF4J(W)");
        Path folder = workingFolder.resolve("demo-out");
        assertThat(folder.resolve("回头看情况统计表-任港街道.xlsx")).isNotEmptyFile();
        assertThat(folder.resolve("监管工作簿-2018-12-10.xlsx")).isNotEmptyFile();
        assertThat(folder.resolve("信息公开-2018-11.html")).isNotEmptyFile();
        assertThat(folder.resolve("整治进展情况统计表-2018-12-10.xlsx")).isNotEmptyFile();
        assertThat(folder.resolve("assessment-2018-12-10.json")).isNotEmptyFile();

        Result check = shuiyuan("report", "check", folder.resolve("回头看情况统计表-任港街道.xlsx").toString(),
                "--against", Run.SAMPLE.toString(), "--period", "2018-11");
        assertThat(check.exitCode()).as(check.all()).isZero();
    }

    @Test
    void rule_authors_test_an_overlay_and_assess_with_it() throws Exception {
        Path overlay = Path.of(System.getProperty("basedir", "."), "rules-overlay").toAbsolutePath();

        Result scenarios = shuiyuan("rules", "test", overlay.resolve("scenarios").toString(), "--rules", overlay.toString());
        assertThat(scenarios.exitCode()).as(scenarios.all()).isZero();
        assertThat(scenarios.out().strip()).endsWith("3 passed, 0 failed");

        Result assessed = shuiyuan("assess", Run.SAMPLE.toString(), "--as-of", "2018-12-10", "--rules", overlay.toString());
        assertThat(assessed.exitCode()).as(assessed.all()).isZero();
        assertThat(assessed.out()).contains("\"ruleId\" : \"LOCAL-01\"");
    }

    @Test
    void a_run_stopped_by_sigterm_leaves_no_temporary_file_behind() throws Exception {
        Path folder = Files.createDirectory(workingFolder.resolve("stopped"));
        Process process = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "generate", "--sources", "4000",
                "--out", folder.resolve("big.json").toString()).redirectErrorStream(true)
                .redirectOutput(workingFolder.resolve("stopped.txt").toFile()).start();
        boolean sawTemporary = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!sawTemporary && process.isAlive() && System.nanoTime() < deadline) {
            sawTemporary = !temporaries(folder).isEmpty();
            Thread.sleep(5);
        }
        assertThat(sawTemporary).as("the write was under way when it was stopped").isTrue();
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(temporaries(folder)).isEmpty();
        assertThat(folder.resolve("big.json")).doesNotExist();
    }

    private static List<Path> temporaries(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static Result shuiyuan(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workingFolder, "out", ".txt");
        Path err = Files.createTempFile(workingFolder, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) { // a guard against a hang: on a loaded 2-core machine the demo alone takes minutes
            process.destroyForcibly();
            throw new AssertionError("shuiyuan " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
