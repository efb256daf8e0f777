package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.examples.generate.CaseFileGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Generated provinces for the benchmarks: the case file of N sources (seed 1), written once into the
 * temporary folder and kept there — the generator is deterministic, so a file already there is the same file.
 */
final class Provinces {

    /** The seed of every benchmark province. */
    static final long SEED = 1;

    private Provinces() {
    }

    /** The file of a province of {@code sources} sources, generated when it is not there yet. */
    static Path file(int sources) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "shuiyuan-bench"));
        Path file = folder.resolve("province-" + sources + "-seed" + SEED + ".json");
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile(folder, "province-", ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                new CaseFileGenerator(sources, SEED).write(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The case file of a province of {@code sources} sources, read and validated once, as integrators read it. */
    static ValidCaseFile caseFile(int sources) throws IOException, InvalidCaseFileException {
        return CaseFileJson.strict().readValid(file(sources));
    }

    /** The bytes of a province's file. */
    static byte[] bytes(int sources) throws IOException {
        return Files.readAllBytes(file(sources));
    }
}
