package io.github.shuiyuan.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One output path: never over an input, never into a special file, whole or nothing, short temporary names. */
class OutputFileTest {

    private static void write(OutputFile file, String text) throws IOException {
        file.write(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static FileRefusedException.Reason refusal(OutputFile file) {
        try {
            file.check();
        } catch (FileRefusedException e) {
            return e.reason();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return null;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writes_a_new_file_and_replaces_an_old_one(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.json");
        write(OutputFile.of(target, ".json"), "1");
        write(OutputFile.of(target, ".json"), "2");
        assertThat(Files.readString(target)).isEqualTo("2");
        assertThat(names(dir)).containsExactly("out.json");
    }

    @Test
    void an_output_that_is_an_input_is_refused_and_the_input_kept(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("c.json"), "案卷");
        OutputFile same = OutputFile.of(dir.resolve("c.json"), ".json").notOverwriting(List.of(input));
        assertThat(refusal(same)).isEqualTo(FileRefusedException.Reason.OUTPUT_IS_INPUT);
        assertThatThrownBy(() -> write(same, "评估")).isInstanceOf(FileRefusedException.class);
        assertThat(Files.readString(input)).isEqualTo("案卷");
        Path spelledOtherwise = dir.resolve("sub/../c.json");
        Files.createDirectory(dir.resolve("sub"));
        assertThat(refusal(OutputFile.of(spelledOtherwise, ".json").notOverwriting(List.of(input))))
                .isEqualTo(FileRefusedException.Reason.OUTPUT_IS_INPUT);
    }

    @Test
    void an_output_linking_to_an_input_by_symbolic_or_hard_link_is_refused(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("c.json"), "案卷");
        Path symbolic = Files.createSymbolicLink(dir.resolve("s.json"), input);
        Path hard = Files.createLink(dir.resolve("h.json"), input);
        for (Path link : List.of(symbolic, hard)) {
            assertThat(refusal(OutputFile.of(link, ".json").notOverwriting(List.of(input))))
                    .as(link.toString()).isEqualTo(FileRefusedException.Reason.OUTPUT_IS_INPUT);
        }
        assertThat(refusal(OutputFile.of(dir.resolve("other.json"), ".json").notOverwriting(List.of(input)))).isNull();
    }

    @Test
    void an_input_given_through_a_link_is_recognised_too(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("c.json"), "案卷");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);
        assertThat(refusal(OutputFile.of(input, ".json").notOverwriting(List.of(link))))
                .isEqualTo(FileRefusedException.Reason.OUTPUT_IS_INPUT);
    }

    @Test
    void a_fifo_or_a_device_as_output_is_refused_and_left_as_it_is(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.json"));
        assertThatThrownBy(() -> write(OutputFile.of(fifo, ".json"), "x")).isInstanceOfSatisfying(FileRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(FileRefusedException.Reason.NOT_A_REGULAR_FILE));
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(refusal(OutputFile.of(Path.of("/dev/null")))).isEqualTo(FileRefusedException.Reason.NOT_A_REGULAR_FILE);
    }

    @Test
    void a_directory_a_missing_folder_and_a_wrong_extension_are_refused(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("d.json"));
        assertThat(refusal(OutputFile.of(dir.resolve("d.json"), ".json"))).isEqualTo(FileRefusedException.Reason.NOT_A_FILE);
        assertThat(refusal(OutputFile.of(dir.resolve("missing/a.json"), ".json")))
                .isEqualTo(FileRefusedException.Reason.DIRECTORY_NOT_FOUND);
        assertThat(refusal(OutputFile.of(dir.resolve("c.json"), ".xlsx", ".xls")))
                .isEqualTo(FileRefusedException.Reason.WRONG_EXTENSION);
        assertThat(refusal(OutputFile.of(dir.resolve("C.XLSX"), ".xlsx", ".xls"))).isNull();
        assertThat(refusal(OutputFile.of(dir.resolve("form.xls"), ".xlsx", ".xls"))).isNull();
    }

    @Test
    void a_failed_write_leaves_the_old_file_whole_and_no_temporary_file(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("out.json"), "old");
        Set<Path> seen = new HashSet<>();
        List<Path> created = new ArrayList<>();
        OutputFile.Temporaries tracker = new OutputFile.Temporaries() {
            @Override
            public void created(Path file) {
                seen.add(file);
                created.add(file);
            }

            @Override
            public void gone(Path file) {
                seen.remove(file);
            }
        };
        assertThatThrownBy(() -> OutputFile.of(target, ".json").write(out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }, tracker)).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names(dir)).containsExactly("out.json");
        assertThat(seen).isEmpty();
        assertThat(created).singleElement().satisfies(t -> assertThat(t.getFileName().toString()).matches("\\.shuiyuan-\\d+\\.tmp"));
    }

    @Test
    void names_of_255_bytes_can_be_written_because_the_temporary_name_is_short(@TempDir Path dir) throws IOException {
        String name = "回".repeat(82) + ".json"; // 82 × 3 + 5 = 251 bytes
        for (String n : List.of(name, "a".repeat(250) + ".json")) {
            Path target = dir.resolve(n);
            write(OutputFile.of(target, ".json"), "{}");
            assertThat(Files.readString(target)).isEqualTo("{}");
        }
    }
}
