package io.github.shuiyuan.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.github.shuiyuan.rules.LoadedRuleFile;
import io.github.shuiyuan.rules.RuleProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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
    private final Map<String, String> replaced;
    private final List<RuleProblem> refused;
    /** The fingerprint without overrides, once computed (the files never change). */
    private volatile @Nullable String sha256;

    private RuleFiles(Map<String, RuleFile> files) {
        this(files, Map.of(), List.of());
    }

    private RuleFiles(Map<String, RuleFile> files, Map<String, String> replaced, List<RuleProblem> refused) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.replaced = Map.copyOf(replaced);
        this.refused = List.copyOf(refused);
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
        for (String path : new String(readResource(INDEX), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            byte[] bytes = readResource(BASE + path);
            if (files.put(name, new RuleFile(name, path, bytes, false)) != null) {
                throw new IllegalStateException("two bundled rule files named " + name);
            }
        }
        return new RuleFiles(files);
    }

    /**
     * These files with every rule, table and configuration file of {@code folder} laid over them. What the engine
     * would not load but an author may think it does — a rule file in a subfolder, {@code .DRL} in another case, a
     * table or configuration file of a name the rules do not read ({@code threshold.properties}) — is
     * {@linkplain #refused() refused}, never silently left out.
     */
    public RuleFiles overlay(Path folder) throws IOException {
        Map<String, RuleFile> merged = new TreeMap<>(files);
        Map<String, String> replacedNow = new TreeMap<>(replaced);
        List<RuleProblem> problems = new ArrayList<>(refused);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path path : paths) {
            String name = path.getFileName().toString();
            String relative = folder.relativize(path).toString().replace('\\', '/');
            Optional<String> refusal = refusal(relative, name);
            if (refusal.isPresent()) {
                problems.add(new RuleProblem(relative, 0, refusal.get()));
            } else if (!relative.contains("/") && KINDS.stream().anyMatch(name::endsWith)) {
                RuleFile before = merged.put(name, new RuleFile(name, path.toString(), Files.readAllBytes(path), true));
                if (before != null) {
                    replacedNow.put(name, before.origin());
                }
            }
        }
        return new RuleFiles(merged, replacedNow, problems);
    }

    /** Why an overlay file would be ignored, or empty when it is loaded (or is no rule file at all, like a README). */
    private Optional<String> refusal(String relative, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Optional<String> kind = KINDS.stream().filter(lower::endsWith).findFirst();
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (relative.contains("/")) {
            return Optional.of("叠加文件夹中子文件夹里的规则文件不会被加载：请把它直接放在叠加文件夹中（同名即替换内置的"
                    + name + "，新名称即新增） [OVERLAY_SUBFOLDER]");
        }
        if (!name.endsWith(kind.get())) {
            return Optional.of("扩展名须为小写的" + kind.get() + "，否则不会被加载 [OVERLAY_FILE_NAME]");
        }
        if (!kind.get().equals(".drl") && !files.containsKey(name)) {
            List<String> near = Names.nearest(name, files.keySet().stream().filter(n -> !n.endsWith(".drl")).toList(), 1);
            return Optional.of("规则不读取名为“" + name + "”的表格或配置文件" + near.stream().map(n -> "；是否应为“" + n + "”？")
                    .findFirst().orElse("；可叠加的是 " + String.join("、", files.keySet().stream()
                            .filter(n -> !n.endsWith(".drl")).toList())) + " [OVERLAY_FILE_NAME]");
        }
        return Optional.empty();
    }

    /** The overlay files that will not be loaded, as {@code file: message [CODE]}; empty without an overlay. */
    public List<RuleProblem> refused() {
        return refused;
    }

    /** Every file loaded, in name order, with where it came from and whether it replaced or added to the bundled ones. */
    public List<LoadedRuleFile> loaded() {
        return files.values().stream().map(f -> new LoadedRuleFile(f.name(), f.origin(),
                !f.overlaid() ? LoadedRuleFile.Source.BUNDLED
                        : replaced.containsKey(f.name()) ? LoadedRuleFile.Source.REPLACED : LoadedRuleFile.Source.ADDED,
                replaced.get(f.name()))).toList();
    }

    /** These files with only the rules of {@code ruleIds} and what they chain on ({@link RuleSelection}). */
    public RuleFiles restrictedTo(Collection<String> ruleIds, List<RuleProblem> problems) {
        return RuleSelection.restrict(this, ruleIds, problems);
    }

    /** These files with the text of file {@code name} replaced (same origin). */
    RuleFiles replacing(String name, String text) {
        Map<String, RuleFile> changed = new TreeMap<>(files);
        RuleFile f = files.get(name);
        changed.put(name, new RuleFile(name, f.origin(), text.getBytes(StandardCharsets.UTF_8), f.overlaid()));
        return new RuleFiles(changed, replaced, refused);
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
        String known = sha256;
        if (known == null) {
            known = digest(Map.of());
            sha256 = known;
        }
        return known;
    }

    /**
     * As {@link #sha256()}, and over the threshold overrides in key order after the files: the same fingerprint
     * means the same rules with the same thresholds. Without overrides, the same as {@link #sha256()}.
     */
    public String sha256(Map<String, String> overrides) {
        return overrides.isEmpty() ? sha256() : digest(overrides);
    }

    private String digest(Map<String, String> overrides) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files.values()) {
                digest.update(f.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(f.content());
                digest.update((byte) 0);
            }
            new TreeMap<>(overrides).forEach((key, value) -> {
                digest.update(("threshold\u0000" + key + "\u0000" + value + "\u0000").getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readResource(String path) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file missing from the jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
