package io.github.shuiyuan.core.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Files that are hostile by their kind or size, made by the test: a FIFO, a sparse file of any length. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A FIFO (named pipe) at {@code path}: opening it to read blocks until someone writes. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
        return path;
    }

    /** A sparse file of {@code bytes} bytes: it reports that size and takes almost no disk. */
    public static Path sparse(Path path, long bytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(bytes);
        }
        return path;
    }
}
