package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    private static final String ADDED_RULE = """
            package io.github.shuiyuan.rules;

            import io.github.shuiyuan.core.source.WaterSource;
            import io.github.shuiyuan.rules.fact.Emit;

            // Every source, to show that an overlay file adds rules.
            rule "TST-01 列出水源地"
                @id("TST-01") @title("列出水源地") @clause("测试条款") @severity("INFO") @subjectType("WATER_SOURCE")
            when
                $s : WaterSource()
            then
                insertLogical(Emit.finding(drools, $s.id(), null, $s.id(), $s.responsibleUnitId(), "水源地" + $s.id()));
            end
            """;

    @TempDir
    Path folder;

    @Test
    void listsEveryBundledRuleWithItsMetadataAndFile() {
        Run run = Run.of("rules", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("规则集 default ");
        assertThat(run.out().lines().filter(line -> line.startsWith("ZN-01 ")))
                .singleElement().satisfies(line -> assertThat(line)
                        .contains("严重", "问题", "forbidden-in-zone.drl", "保护区内存在禁止的活动或设施"));
    }

    @Test
    void listsRulesAsJson() {
        Run run = Run.of("rules", "list", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode zn01 = rule(run.json(), "ZN-01");
        assertThat(zn01.get("severity").textValue()).isEqualTo("CRITICAL");
        assertThat(zn01.get("subjectType").textValue()).isEqualTo("PROBLEM");
        assertThat(zn01.get("sourceFile").textValue()).isEqualTo("forbidden-in-zone.drl");
        assertThat(zn01.get("clause").textValue()).isNotBlank();
    }

    @Test
    void anOverlayFileAddsItsRules() throws IOException {
        Path rules = Files.createDirectory(folder.resolve("rules"));
        Files.writeString(rules.resolve("added.drl"), ADDED_RULE);

        Run run = Run.of("rules", "list", "--rules", rules.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(rule(run.json(), "TST-01").get("sourceFile").textValue()).isEqualTo("added.drl");
        assertThat(rule(run.json(), "ZN-01")).isNotNull();
    }

    @Test
    void aMissingOverlayFolderIsAUsageError() {
        Run run = Run.of("rules", "list", "--rules", folder.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("[RULES_DIR_NOT_FOUND]");
    }

    @Test
    void rulesWithoutASubcommandShowsItsUsage() {
        Run run = Run.of("rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("缺少子命令 [MISSING_SUBCOMMAND]", "list");
    }

    private static JsonNode rule(JsonNode listing, String id) {
        return StreamSupport.stream(listing.get("rules").spliterator(), false)
                .filter(rule -> rule.get("id").textValue().equals(id)).findFirst().orElse(null);
    }
}
