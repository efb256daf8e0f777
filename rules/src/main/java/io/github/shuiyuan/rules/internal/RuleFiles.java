package io.github.shuiyuan.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files a rule set is built from, by file name: the bundled ones listed in {@code ruleset.index},
 * with an overlay folder laid over them (a file of the same name replaces, a new name adds).
 */
public final class RuleFiles {

    /** Where the bundled rules live on the classpath. */
    public static final String BASE = "/io/github/shuiyuan/rules/";
    private static final String INDEX = BASE + "ruleset.index";
    private static final List<String> KINDS = List.of(".drl", ".properties", ".csv");

    private final Map<String, RuleFile> files;

    private RuleFiles(Map<String, RuleFile> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * One file: its name, where it came from (bundled path or overlay path), its bytes, and whether it
     * comes from an overlay folder.
     */
    public record RuleFile(String name, String origin, byte[] content, boolean overlaid) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        public boolean isDrl() {
            return name.endsWith(".drl");
        }
    }

    /** The bundled files. */
    public static RuleFiles bundled() {
        Map<String, RuleFile> files = new TreeMap<>();
        for (String path : readResource(INDEX).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            byte[] bytes = readResource(BASE + path).getBytes(StandardCharsets.UTF_8);
            if (files.put(name, new RuleFile(name, path, bytes, false)) != null) {
                throw new IllegalStateException("two bundled rule files named " + name);
            }
        }
        return new RuleFiles(files);
    }

    /** These files with every rule, table and configuration file of {@code folder} laid over them. */
    public RuleFiles overlay(Path folder) throws IOException {
        Map<String, RuleFile> merged = new TreeMap<>(files);
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isRegularFile(path) && KINDS.stream().anyMatch(name::endsWith)) {
                    merged.put(name, new RuleFile(name, path.toString(), Files.readAllBytes(path), true));
                }
            }
        }
        return new RuleFiles(merged);
    }

    /** Every file by name, in name order. */
    public Map<String, RuleFile> files() {
        return files;
    }

    /** The DRL files, in name order. */
    public List<RuleFile> drl() {
        return files.values().stream().filter(RuleFile::isDrl).toList();
    }

    /** A file by name, if present. */
    public RuleFile file(String name) {
        return files.get(name);
    }

    /** SHA-256 over every file's name and bytes, in name order: changes whenever what is loaded changes. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files.values()) {
                digest.update(f.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(f.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readResource(String path) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
