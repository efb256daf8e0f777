package io.github.shuiyuan.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules chain without relying on firing order: every rule of the bundled set, with any {@code salience}
 * stripped, dealt in a shuffled order over the rule files, gives byte-identical assessments of the sample and of
 * generated provinces at dates before, during and after the campaign's deadlines.
 */
class FiringOrderTest {

    private static final String BASE = "/io/github/shuiyuan/rules/";
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 15), LocalDate.of(2018, 12, 10), LocalDate.of(2019, 3, 31));

    private static ComplianceEngine bundled;
    private static List<CaseFile> caseFiles;

    @BeforeAll
    static void setUp() throws Exception {
        bundled = ComplianceEngine.builder().build();
        caseFiles = List.of(
                CaseFiles.sample(),
                generated(200, 7),
                generated(60, 3));
    }

    @Test
    void shuffled_rules_without_salience_give_byte_identical_assessments(@TempDir Path dir) throws Exception {
        for (long seed : new long[] {1, 2, 3}) {
            Path overlay = Files.createDirectory(dir.resolve("shuffle-" + seed));
            shuffledOverlay(seed, overlay);
            ComplianceEngine shuffled = ComplianceEngine.builder().rules(overlay).build();
            for (CaseFile file : caseFiles) {
                for (LocalDate date : DATES) {
                    assertThat(withoutFingerprint(shuffled.assess(file, date)))
                            .as("seed %d, %d sources, as of %s", seed, file.waterSources().size(), date)
                            .isEqualTo(withoutFingerprint(bundled.assess(file, date)));
                }
            }
        }
    }

    @Test
    void the_shuffle_moves_rules_between_files_and_leaves_no_salience(@TempDir Path dir) throws Exception {
        shuffledOverlay(1, dir);
        List<String> bundledRules = new ArrayList<>();
        List<String> overlayRules = new ArrayList<>();
        for (String name : drlFiles()) {
            bundledRules.addAll(ruleNames(resource(name)));
            String shuffled = Files.readString(dir.resolve(fileName(name)));
            overlayRules.addAll(ruleNames(shuffled));
            assertThat(shuffled).doesNotContain("salience");
        }
        assertThat(overlayRules).containsExactlyInAnyOrderElementsOf(bundledRules).isNotEqualTo(bundledRules);
    }

    /** The assessment's JSON but for the rule set's fingerprint, which differs because the files do. */
    private static String withoutFingerprint(Assessment assessment) {
        return ComplianceEngine.toJson(assessment).replaceFirst("\"sha256\" : \"[0-9a-f]{64}\"", "");
    }

    /**
     * Writes, for every bundled rule file, a file of the same name into {@code overlay}; together they hold every
     * bundled rule once, in an order shuffled by {@code seed}, each file with every import any rule needs.
     */
    private static void shuffledOverlay(long seed, Path overlay) throws IOException {
        List<String> files = drlFiles();
        TreeSet<String> imports = new TreeSet<>();
        List<String> rules = new ArrayList<>();
        for (String name : files) {
            String text = resource(name);
            text.lines().filter(l -> l.startsWith("import ")).forEach(imports::add);
            rules.addAll(ruleBlocks(text));
        }
        Collections.shuffle(rules, new Random(seed));
        List<StringBuilder> texts = new ArrayList<>();
        files.forEach(f -> texts.add(new StringBuilder("package io.github.shuiyuan.rules;\n\n")
                .append(String.join("\n", imports)).append("\n\n")));
        for (int i = 0; i < rules.size(); i++) {
            texts.get(i % texts.size()).append(rules.get(i)).append('\n');
        }
        for (int i = 0; i < files.size(); i++) {
            Files.writeString(overlay.resolve(fileName(files.get(i))), texts.get(i).toString());
        }
    }

    /** Every rule of a DRL text, from the line {@code rule "…"} to its {@code end}, without salience. */
    private static List<String> ruleBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : text.lines().toList()) {
            if (line.startsWith("rule \"")) {
                block = new StringBuilder();
            }
            if (block != null && !line.strip().startsWith("salience")) {
                block.append(line).append('\n');
            }
            if (block != null && line.strip().equals("end")) {
                blocks.add(block.toString());
                block = null;
            }
        }
        return blocks;
    }

    private static List<String> ruleNames(String text) {
        return text.lines().filter(l -> l.startsWith("rule \"")).toList();
    }

    private static List<String> drlFiles() {
        return resource("ruleset.index").lines().map(String::strip).filter(l -> l.endsWith(".drl")).toList();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String resource(String path) {
        try (InputStream in = ComplianceEngine.class.getResourceAsStream(BASE + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaseFile generated(int sources, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseFileGenerator(sources, seed).write(out);
        return CaseFileJson.strict().read(new ByteArrayInputStream(out.toByteArray()));
    }
}
