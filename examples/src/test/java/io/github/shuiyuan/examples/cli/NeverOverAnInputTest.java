package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command writes over one of its inputs or into a special file, and no input hangs the command or
 * exhausts its memory: each is refused with exit 2 before anything is read, and the input is left as it was.
 */
class NeverOverAnInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path caseFile;
    private byte[] original;

    @BeforeEach
    void copySample() throws IOException {
        caseFile = Files.copy(Run.SAMPLE, dir.resolve("c.json"));
        original = Files.readAllBytes(caseFile);
    }

    private void refusedAndKept(Run run, String code) throws IOException {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains(code);
        assertThat(run.all()).doesNotContain("Exception", "\tat ");
        assertThat(Files.readAllBytes(caseFile)).isEqualTo(original);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Path fifo(Path path) throws IOException, InterruptedException {
        if (new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        return path;
    }

    @Test
    void assess_out_equal_to_its_case_file_is_refused() throws IOException {
        refusedAndKept(Run.of("assess", caseFile.toString(), "--as-of", "2018-12-10", "--out", caseFile.toString()),
                "OUTPUT_IS_INPUT");
        refusedAndKept(Run.of("assess", caseFile.toString(), "--as-of", "2018-12-10", "--out",
                dir.resolve(".").resolve("c.json").toString()), "OUTPUT_IS_INPUT");
    }

    @Test
    void an_out_linking_to_the_input_is_refused() throws IOException {
        Path symbolic = Files.createSymbolicLink(dir.resolve("link.json"), caseFile);
        Path hard = Files.createLink(dir.resolve("hard.json"), caseFile);
        for (Path link : List.of(symbolic, hard)) {
            refusedAndKept(Run.of("assess", caseFile.toString(), "--as-of", "2018-12-10", "--out", link.toString()),
                    "OUTPUT_IS_INPUT");
        }
    }

    @Test
    void disclose_and_lookback_and_findings_over_the_case_file_are_refused() throws IOException {
        refusedAndKept(Run.of("disclose", caseFile.toString(), "--period", "2018-11", "--out", caseFile.toString()),
                "OUTPUT_IS_INPUT");
        Path xlsxCase = Files.copy(caseFile, dir.resolve("c.xlsx"));
        Run findings = Run.of("report", "findings", xlsxCase.toString(), "--as-of", "2018-12-10", "--out", xlsxCase.toString());
        assertThat(findings.exitCode()).isEqualTo(2);
        assertThat(findings.err()).contains("OUTPUT_IS_INPUT");
        assertThat(Files.readAllBytes(xlsxCase)).isEqualTo(original);
    }

    @Test
    void lookback_checks_the_extension_so_xlsx_bytes_never_land_under_a_json_name() throws IOException {
        refusedAndKept(Run.of("report", "lookback", caseFile.toString(), "--unit", "SD-RENGANG", "--as-of", "2018-12-10",
                "--out", caseFile.toString()), "WRONG_EXTENSION");
        Run wrong = Run.of("report", "lookback", caseFile.toString(), "--unit", "SD-RENGANG", "--as-of", "2018-12-10",
                "--out", dir.resolve("form.json").toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("WRONG_EXTENSION", ".xlsx", ".xls");
        Run text = Run.of("assess", caseFile.toString(), "--as-of", "2018-12-10", "--format", "text",
                "--out", dir.resolve("a.json").toString());
        assertThat(text.err()).contains("WRONG_EXTENSION", ".txt");
        Run page = Run.of("disclose", caseFile.toString(), "--period", "2018-11", "--out", dir.resolve("page.txt").toString());
        assertThat(page.exitCode()).isEqualTo(2);
        assertThat(page.err()).contains("WRONG_EXTENSION", ".json", ".html", ".xlsx");
        assertThat(names()).containsExactly("c.json");
    }

    @Test
    void consolidate_over_one_of_its_forms_is_refused_and_the_form_kept() throws IOException {
        byte[] written = {'P', 'K', 3, 4, 0, 0}; // refused before it is read: what it holds does not matter
        Path form = Files.write(dir.resolve("f.xlsx"), written);
        Run run = Run.of("report", "consolidate", form.toString(), "--against", caseFile.toString(), "--period", "2018-11",
                "--out", form.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("OUTPUT_IS_INPUT");
        assertThat(Files.readAllBytes(form)).isEqualTo(written);
    }

    @Test
    void a_fifo_as_out_is_refused_and_stays_a_fifo() throws Exception {
        Path pipe = fifo(dir.resolve("pipe.json"));
        assertTimeoutPreemptively(QUICKLY, () -> refusedAndKept(Run.of("assess", caseFile.toString(),
                "--as-of", "2018-12-10", "--out", pipe.toString()), "NOT_A_REGULAR_FILE"));
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.exists(pipe)).isTrue();
        Path device = Files.createSymbolicLink(dir.resolve("null.html"), Path.of("/dev/null"));
        refusedAndKept(Run.of("disclose", caseFile.toString(), "--period", "2018-11", "--out", device.toString()),
                "NOT_A_REGULAR_FILE");
    }

    @Test
    void a_fifo_or_a_device_as_input_is_refused_without_hanging() throws Exception {
        Path pipe = fifo(dir.resolve("in.json"));
        assertTimeoutPreemptively(QUICKLY, () -> {
            for (String input : List.of(pipe.toString(), "/dev/zero", "/dev/urandom")) {
                Run run = Run.of("validate", input);
                assertThat(run.exitCode()).as(input).isEqualTo(2);
                assertThat(run.err()).contains("NOT_A_REGULAR_FILE").doesNotContain("OutOfMemoryError");
            }
            Path form = fifo(dir.resolve("form.xlsx"));
            Run check = Run.of("report", "check", form.toString(), "--against", caseFile.toString(), "--period", "2018-11");
            assertThat(check.exitCode()).isEqualTo(2);
            assertThat(check.err()).contains("NOT_A_REGULAR_FILE");
        });
    }

    @Test
    void a_3_gb_sparse_case_file_is_refused_by_its_size_at_once() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        assertTimeoutPreemptively(QUICKLY, () -> {
            Run run = Run.of("validate", huge.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("TOO_LARGE");
        });
    }

    @Test
    void an_out_name_of_250_bytes_is_written() throws IOException {
        Path out = dir.resolve("评".repeat(81) + ".json"); // 243 + 5 bytes
        Run run = Run.of("generate", "--sources", "1", "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readString(out)).startsWith("{");
        assertThat(names()).containsExactlyInAnyOrder("c.json", out.getFileName().toString());
    }

    @Test
    void the_reports_assess_with_the_rules_given_as_assess_does() throws IOException {
        Path workbook = dir.resolve("findings.xlsx");
        Run run = Run.of("report", "findings", caseFile.toString(), "--as-of", "2018-12-10",
                "--rules", Path.of("rules-overlay").toString(), "--out", workbook.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(workbook.toFile())) {
            boolean local = false;
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        local |= cell.toString().contains("LOCAL-01");
                    }
                }
            }
            assertThat(local).as("the overlay's rule LOCAL-01 among the findings").isTrue();
        }
        Run missing = Run.of("disclose", caseFile.toString(), "--period", "2018-11", "--rules", dir.resolve("none").toString(),
                "--out", dir.resolve("d.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("RULES_DIR_NOT_FOUND");
    }
}
