package io.github.shuiyuan.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An output file written whole or not at all, and never over an input: {@link #check()} refuses, before
 * anything is read, a target that is (or links to, by file key) one of the run's inputs, that exists but is not
 * a regular file (a FIFO, a device, a directory), whose folder is missing, or whose extension does not match
 * the format. {@link #write} writes a temporary file with a short name beside the target, moves it into
 * place, and removes it when anything fails. Immutable; it never registers shutdown hooks (an application
 * embedding the library decides about those: see {@link Temporaries}).
 *
 * <pre>{@code
 * OutputFile out = OutputFile.of(Path.of("任港街道.xlsx"), ".xlsx", ".xls").notOverwriting(List.of(caseFile));
 * out.check();                       // before reading the inputs
 * out.write(stream -> LookBackForm.write(sheet, FormFormat.XLSX, stream));
 * }</pre>
 */
public final class OutputFile {

    /** Writes the content of the file. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; the stream is closed afterwards by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Told when a temporary file appears and when it is gone, e.g. to remove it when the process is stopped. */
    public interface Temporaries {
        /** A temporary file now exists at {@code file}. */
        void created(Path file);

        /** The temporary file at {@code file} was moved into place or removed. */
        void gone(Path file);

        /** Keeps the temporary files that exist in {@code pending} (a concurrent set, when writes run concurrently). */
        static Temporaries in(Set<Path> pending) {
            return new Temporaries() {
                @Override
                public void created(Path file) {
                    pending.add(file);
                }

                @Override
                public void gone(Path file) {
                    pending.remove(file);
                }
            };
        }

        /** Tracks nothing. */
        Temporaries NONE = new Temporaries() {
            @Override
            public void created(Path file) {
            }

            @Override
            public void gone(Path file) {
            }
        };
    }

    private final Path target;
    private final List<String> extensions;
    private final List<Path> inputs;

    private OutputFile(Path target, List<String> extensions, List<Path> inputs) {
        this.target = Objects.requireNonNull(target, "target");
        this.extensions = List.copyOf(extensions);
        this.inputs = List.copyOf(inputs);
    }

    /**
     * An output at {@code target} whose name must end with one of {@code extensions} (compared ignoring
     * case, e.g. {@code ".xlsx"}); no extension given means any name.
     */
    public static OutputFile of(Path target, String... extensions) {
        return new OutputFile(target, List.of(extensions), List.of());
    }

    /** This output, refusing also to be (or to link to) any of {@code files}, the run's inputs. */
    public OutputFile notOverwriting(Collection<Path> files) {
        List<Path> all = new ArrayList<>(inputs);
        files.stream().filter(Objects::nonNull).forEach(all::add);
        return new OutputFile(target, extensions, all);
    }

    /** The file written. */
    public Path target() {
        return target;
    }

    /**
     * Refuses an output that cannot or must not be written, touching nothing.
     *
     * @throws FileRefusedException with the reason, when it is refused
     * @throws IOException          when an input's attributes cannot be read
     */
    public void check() throws IOException {
        checkExtension();
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileRefusedException(FileRefusedException.Reason.DIRECTORY_NOT_FOUND, target, "输出文件所在的目录不存在");
        }
        BasicFileAttributes existing = attributesOrNull(absolute);
        if (existing == null) {
            return;
        }
        if (existing.isDirectory()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_FILE, target, "应为文件，却是目录");
        }
        if (!existing.isRegularFile()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_REGULAR_FILE, target,
                    "输出位置不是普通文件（管道、设备等），不予写入");
        }
        for (Path input : inputs) {
            if (sameFile(absolute, existing, input)) {
                throw new FileRefusedException(FileRefusedException.Reason.OUTPUT_IS_INPUT, target,
                        "输出文件就是（或链接到）输入文件" + input + "，写入会毁掉输入，不予写入");
            }
        }
    }

    /** {@link #write(Content, Temporaries)} tracking nothing. */
    public void write(Content content) throws IOException {
        write(content, Temporaries.NONE);
    }

    /**
     * Checks the output again, writes {@code content} to a temporary file beside it (named
     * {@code .shuiyuan-<digits>.tmp}, whatever the target's name), makes it readable by others as any
     * file the user writes, and moves it into place; the target is either whole or untouched, and the
     * temporary file is removed when anything fails.
     */
    public void write(Content content, Temporaries temporaries) throws IOException {
        check();
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".shuiyuan-", ".tmp");
        temporaries.created(temporary);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            shareable(temporary);
            moveIntoPlace(temporary, absolute);
        } finally {
            deleteQuietly(temporary);
            temporaries.gone(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // the write's own failure, if any, is what the caller needs; the target is whole or untouched
        }
    }

    private void checkExtension() throws FileRefusedException {
        if (extensions.isEmpty()) {
            return;
        }
        Path name = target.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(e -> lower.endsWith(e.toLowerCase(Locale.ROOT)))) {
            throw new FileRefusedException(FileRefusedException.Reason.WRONG_EXTENSION, target,
                    "输出文件的扩展名须为" + String.join("或", extensions) + "，与所写格式一致");
        }
    }

    private static BasicFileAttributes attributesOrNull(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null; // nothing there, or a link to nowhere: no input can be behind it
        }
    }

    private static boolean sameFile(Path target, BasicFileAttributes existing, Path input) throws IOException {
        BasicFileAttributes other;
        try {
            other = Files.readAttributes(input, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        Object key = existing.fileKey();
        if (key != null && other.fileKey() != null) {
            return key.equals(other.fileKey());
        }
        return Files.isSameFile(target, input);
    }

    /** Reports are for sharing: rw-r--r-- like any file the user writes, not the temporary file's rw-------. */
    private static void shareable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
