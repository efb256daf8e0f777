package io.github.shuiyuan.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's bundled rules, compiled at build time, and the same files compiled from DRL at run time (an
 * overlay folder that changes nothing) assess generated provinces byte for byte alike, at dates across the
 * campaign.
 */
class PrebuiltRulesEquivalenceTest {

    @TempDir
    static Path nothingLaidOver;

    static ComplianceEngine prebuilt;
    static ComplianceEngine fromDrl;

    @BeforeAll
    static void build() throws Exception {
        prebuilt = ComplianceEngine.builder().build();
        fromDrl = ComplianceEngine.builder().rules(Files.createDirectories(nothingLaidOver.resolve("empty"))).build();
        assertThat(fromDrl.ruleset()).isEqualTo(prebuilt.ruleset());
    }

    @ParameterizedTest(name = "{0} sources, seed {1}, as of {2}")
    @CsvSource({"40, 1, 2018-06-30", "40, 1, 2018-12-10", "60, 2, 2018-09-15", "60, 2, 2019-03-01", "25, 3, 2019-12-31"})
    void generated_provinces_are_assessed_alike(int sources, long seed, LocalDate asOf) throws Exception {
        CaseFile file = generated(sources, seed);

        String built = ComplianceEngine.toJson(prebuilt.assess(file, asOf));

        assertThat(built).isEqualTo(ComplianceEngine.toJson(fromDrl.assess(file, asOf))).contains("\"ruleId\" : \"ZN-01\"");
        // the assessment's writer spells the records out by hand: what the library's object mapper writes for them
        assertThat(built).isEqualTo(JsonMappers.newMapper().writeValueAsString(prebuilt.assess(file, asOf)) + "\n");
    }

    private static CaseFile generated(int sources, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseFileGenerator(sources, seed).write(out);
        return CaseFileJson.strict().read(new ByteArrayInputStream(out.toByteArray()));
    }
}
