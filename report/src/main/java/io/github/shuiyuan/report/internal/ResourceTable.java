package io.github.shuiyuan.report.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A small comma-separated table shipped as a resource beside a class: blank lines and {@code #} comments skipped. */
final class ResourceTable {

    private ResourceTable() {
    }

    /** The rows of the resource {@code name} next to {@code anchor}, each split at its commas. */
    static List<String[]> rows(Class<?> anchor, String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(anchor.getResourceAsStream(name), name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
