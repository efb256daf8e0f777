package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.FormError;

/** A file refused as a whole (not a spreadsheet, encrypted, too large, a zip bomb, too many rows). */
public final class RefusedFile extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient FormError error;

    public RefusedFile(FormError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    /** Why the file was refused. */
    public FormError error() {
        return error;
    }
}
