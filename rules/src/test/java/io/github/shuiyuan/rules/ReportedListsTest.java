package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.testing.CaseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The close-out list and the water-quality list are part of every assessment, whatever the rules: an engine
 * whose overlay empties the water-quality and close-out files reports the same lists as the full rule set
 * (with every close-out condition met, since no rule says otherwise). Facts no rule matches stay out of the
 * session; these lists do not depend on it.
 */
class ReportedListsTest {

    private static final LocalDate D = LocalDate.of(2018, 12, 10);

    @Test
    void the_lists_do_not_depend_on_rules_matching_their_facts(@TempDir Path overlay) throws Exception {
        for (String file : new String[] {"water-quality.drl", "conditions.drl", "verdicts.drl", "ladder.drl"}) {
            Files.writeString(overlay.resolve(file), "package io.github.shuiyuan.rules;\n");
        }
        CaseFile sample = CaseFiles.sample();

        Assessment full = OverlayEngines.build(null).assess(sample, D);
        Assessment fewer = OverlayEngines.build(overlay).assess(sample, D);

        assertThat(fewer.findings()).noneMatch(f -> f.ruleId().startsWith("WQ-") || f.ruleId().startsWith("CLO-"));
        assertThat(fewer.waterQuality()).isNotEmpty().isEqualTo(full.waterQuality());
        assertThat(fewer.closeOut()).isNotEmpty()
                .extracting(CloseOutStatus::problemId)
                .containsExactlyElementsOf(full.closeOut().stream().map(CloseOutStatus::problemId).toList());
        assertThat(fewer.closeOut()).allMatch(CloseOutStatus::eligible);
        assertThat(full.closeOut()).anyMatch(s -> !s.eligible());
    }
}
