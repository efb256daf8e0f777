package io.github.shuiyuan.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file refused before any of it was used: an input that is not a regular file or is too large, or an
 * output that would overwrite an input, has the wrong extension, or cannot be a file. The message is
 * Chinese, with the stable {@link Reason} code and the file beside it.
 *
 * <p>Immutable once thrown: safe to hand between threads.
 */
public final class FileRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a file is refused; the name is the stable English code. */
    public enum Reason {
        /** A FIFO, a device, a socket: reading could hang or never end. */
        NOT_A_REGULAR_FILE,
        /** A directory where a file belongs. */
        NOT_A_FILE,
        /** An input larger than the limit. */
        TOO_LARGE,
        /** An output that is, or links to, one of the run's inputs. */
        OUTPUT_IS_INPUT,
        /** An output whose extension does not match the format written. */
        WRONG_EXTENSION,
        /** An output in a folder that does not exist. */
        DIRECTORY_NOT_FOUND
    }

    private final Reason reason;
    private final transient Path file;

    FileRefusedException(Reason reason, Path file, String messageZh) {
        super(messageZh + " [" + reason + "]: " + file);
        this.reason = reason;
        this.file = file;
    }

    /** Why the file was refused. */
    public Reason reason() {
        return reason;
    }

    /** The file refused, as it was named. */
    public Path file() {
        return file;
    }
}
