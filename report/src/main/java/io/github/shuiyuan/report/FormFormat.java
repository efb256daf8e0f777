package io.github.shuiyuan.report;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two spreadsheet formats offices use: OOXML {@code .xlsx} (the default) and legacy {@code .xls}.
 *
 * <p>Immutable and thread-safe.
 */
public enum FormFormat {
    XLSX,
    XLS;

    /** The format a file name asks for: {@code .xls} is XLS, anything else XLSX. */
    public static FormFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xls") ? XLS : XLSX;
    }
}
