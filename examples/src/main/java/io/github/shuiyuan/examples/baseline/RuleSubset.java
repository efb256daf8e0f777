package io.github.shuiyuan.examples.baseline;

import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleCompilationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An engine with only some of the bundled rules: every bundled DRL file is overlaid (see
 * {@link ComplianceEngine.Builder#rules}) by a copy that keeps just the rules whose {@code @id} is wanted.
 * Missing-data companions ({@code @id("DAT-01")}) go unless DAT-01 is wanted.
 */
public final class RuleSubset {

    private static final String BASE = "/io/github/shuiyuan/rules/";
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

    private RuleSubset() {
    }

    /** Compiles the bundled rules with only the rules of {@code ruleIds}. */
    public static ComplianceEngine engine(Set<String> ruleIds) throws IOException, RuleCompilationException {
        Path folder = Files.createTempDirectory("shuiyuan-subset");
        try {
            for (String path : bundledDrl()) {
                Files.writeString(folder.resolve(path.substring(path.lastIndexOf('/') + 1)), keep(resource(path), ruleIds));
            }
            return ComplianceEngine.builder().rules(folder).build();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The DRL text with only the rules whose {@code @id} is in {@code ruleIds}; everything outside rules stays. */
    static String keep(String drl, Set<String> ruleIds) {
        StringBuilder kept = new StringBuilder();
        StringBuilder rule = null;
        for (String line : drl.lines().toList()) {
            if (rule == null && line.startsWith("rule \"")) {
                rule = new StringBuilder();
            }
            (rule == null ? kept : rule).append(line).append('\n');
            if (rule != null && line.strip().equals("end")) {
                Matcher id = ID.matcher(rule);
                if (id.find() && ruleIds.contains(id.group(1))) {
                    kept.append(rule);
                }
                rule = null;
            }
        }
        return kept.toString();
    }

    private static List<String> bundledDrl() {
        return resource("ruleset.index").lines().map(String::strip).filter(l -> l.endsWith(".drl")).toList();
    }

    /** A bundled rule file's text, by its path in {@code ruleset.index}. */
    static String resource(String path) {
        try (InputStream in = RuleSubset.class.getResourceAsStream(BASE + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
