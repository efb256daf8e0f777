package io.github.shuiyuan.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that could hang or exhaust memory are refused before anything is read. */
class InputFileTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @Test
    void a_regular_file_within_the_limit_is_read_whole(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), "{}");
        try (InputStream in = InputFile.open(file, 2)) {
            assertThat(in.readAllBytes()).hasSize(2);
        }
    }

    @Test
    void a_file_one_byte_over_the_limit_is_refused_by_its_size(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), "{ }");
        assertThatThrownBy(() -> InputFile.open(file, 2)).isInstanceOfSatisfying(FileRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.TOO_LARGE));
    }

    @Test
    void a_3_gb_sparse_file_is_refused_at_once(@TempDir Path dir) throws IOException {
        Path file = SpecialFiles.sparse(dir.resolve("huge.json"), 3L * 1024 * 1024 * 1024);
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> InputFile.open(file, 512L * 1024 * 1024))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.TOO_LARGE)));
    }

    @Test
    void a_fifo_is_refused_without_waiting_for_a_writer(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.json"));
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> InputFile.open(fifo, 100))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.NOT_A_REGULAR_FILE);
                    assertThat(e.getMessage()).contains("不是普通文件", "NOT_A_REGULAR_FILE", "pipe.json");
                }));
    }

    @Test
    void devices_are_refused(@TempDir Path dir) {
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> InputFile.open(Path.of(device), 100))
                    .isInstanceOfSatisfying(FileRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.NOT_A_REGULAR_FILE)));
        }
    }

    @Test
    void a_directory_is_not_a_file(@TempDir Path dir) {
        assertThatThrownBy(() -> InputFile.open(dir, 100)).isInstanceOfSatisfying(FileRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.NOT_A_FILE));
    }

    @Test
    void a_file_that_says_it_is_empty_but_yields_more_is_cut_at_the_limit() throws IOException {
        Path proc = Path.of("/proc/self/status"); // a regular file of size 0 that reads as hundreds of bytes
        if (!Files.isRegularFile(proc) || Files.size(proc) != 0) {
            return;
        }
        try (InputStream in = InputFile.open(proc, 10)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(FileRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.TOO_LARGE));
        }
    }
}
