package io.github.shuiyuan.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens an untrusted input file with its limits applied before anything is read: a FIFO or a device is
 * refused (reading one could hang or never end), a file larger than the limit is refused by its size, and
 * the stream itself counts, failing as soon as it passes the limit (a file that grows, or reports no size).
 *
 * <p>Static methods without shared state: safe to call from many threads; each stream it opens belongs to its
 * caller.
 */
public final class InputFile {

    private InputFile() {
    }

    /**
     * A stream over the regular file at {@code path} that never yields more than {@code maxBytes} bytes.
     *
     * @throws FileRefusedException when the file is not a regular file or is larger than {@code maxBytes}
     *                              (also later, from the stream, when more bytes arrive than the size said)
     * @throws java.nio.file.NoSuchFileException when there is no such file
     */
    public static InputStream open(Path path, long maxBytes) throws IOException {
        BasicFileAttributes attributes = regular(path);
        if (attributes.size() > maxBytes) {
            throw tooLarge(path, maxBytes);
        }
        return new Bounded(Files.newInputStream(path), path, maxBytes);
    }

    /**
     * The attributes of the regular file at {@code path} (links followed).
     *
     * @throws FileRefusedException when it is a directory, a FIFO, a device or a socket
     */
    public static BasicFileAttributes regular(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_FILE, path, "应为文件，却是目录");
        }
        if (!attributes.isRegularFile()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_REGULAR_FILE, path,
                    "不是普通文件（管道、设备等），不予读取");
        }
        return attributes;
    }

    static FileRefusedException tooLarge(Path path, long maxBytes) {
        return new FileRefusedException(FileRefusedException.Reason.TOO_LARGE, path,
                "文件超过" + maxBytes + "字节的上限，不予读取");
    }

    /** A stream that fails once it has passed its limit; it never reads more than one byte past it. */
    private static final class Bounded extends InputStream {

        private final InputStream in;
        private final Path path;
        private final long max;
        private long count;

        Bounded(InputStream in, Path path, long max) {
            this.in = in;
            this.path = path;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, max - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws FileRefusedException {
            count += n;
            if (count > max) {
                throw tooLarge(path, max);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
