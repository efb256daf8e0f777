package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;

import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 划 and 立: ZON-01, ZON-02, SGN-01, SGN-02, SGN-03, ISO-01 and their missing-data companions. */
class ZoningRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    @Test
    void zon01_fires_without_a_first_zone_and_stays_quiet_with_one_approved_on_D() {
        Verify.rule("ZON-01").given(CaseFiles.healthy().withoutZone("WS-A", ZoneLevel.FIRST)).asOf(D)
                .firesExactlyFor("WS-A").withMessageContaining("WS-A", "甲水厂取水口水源地", "一级保护区");
        Verify.rule("ZON-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z
                .approvedOn(date("2018-06-25"))))
                .asOf(D).doesNotFire();
    }

    @Test
    void zon01_a_zone_approved_after_D_does_not_exist_yet() {
        Verify.rule("ZON-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z
                .approvedOn(date("2018-06-26"))))
                .asOf(D).firesExactlyFor("WS-A");
    }

    @Test
    void zon01_ignores_retired_sources_and_blank_documents_count_as_none() {
        Verify.rule("ZON-01").given(CaseFiles.healthy().source("WS-A", s -> s.status(SourceStatus.RETIRED))
                .withoutZone("WS-A", ZoneLevel.FIRST)).asOf(D).doesNotFire();
        Verify.rule("ZON-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.approvalDocument("  ")))
                .asOf(D).firesExactlyFor("WS-A");
    }

    @Test
    void zon01_document_without_date_is_missing_data() {
        CaseDraft noDate = CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.approvedOn(null));
        Verify.rule("ZON-01").given(noDate).asOf(D).doesNotFire();
        Verify.missingData("ZON-01").given(noDate).asOf(D).firesExactlyFor("WS-A");
        Verify.missingData("ZON-01").given(CaseFiles.healthy()).asOf(D).doesNotFire();
    }

    @Test
    void zon02_fires_for_a_surface_source_without_second_zone_but_not_for_groundwater() {
        Verify.rule("ZON-02").given(CaseFiles.healthy().withoutZone("WS-A", ZoneLevel.SECOND)).asOf(D)
                .firesExactlyFor("WS-A");
        Verify.rule("ZON-02").given(CaseFiles.healthy().withoutZone("WS-A", ZoneLevel.SECOND)
                .source("WS-A", s -> s.kind(SourceKind.GROUNDWATER))).asOf(D).doesNotFire();
        Verify.rule("ZON-02").given(CaseFiles.healthy()).asOf(D).doesNotFire();
    }

    @Test
    void zon02_document_without_date_is_missing_data() {
        CaseDraft noDate = CaseFiles.healthy().zone("WS-A", ZoneLevel.SECOND, z -> z.approvedOn(null));
        Verify.rule("ZON-02").given(noDate).asOf(D).doesNotFire();
        Verify.missingData("ZON-02").given(noDate).asOf(D).firesExactlyFor("WS-A");
    }

    @Test
    void sgn01_fires_below_the_minimum_and_stays_quiet_on_it() {
        Verify.rule("SGN-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.boundaryMarkers(0)))
                .asOf(D).firesExactlyFor("WS-A/FIRST").withMessageContaining("WS-A/FIRST", "界标0个");
        Verify.rule("SGN-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.boundaryMarkers(1)))
                .asOf(D).doesNotFire();
    }

    @Test
    void sgn01_does_not_apply_to_quasi_zones_and_unknown_counts_are_missing_data() {
        Verify.rule("SGN-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.SECOND, z -> z.level(ZoneLevel.QUASI)
                .boundaryMarkers(0)))
                .asOf(D).doesNotFire();
        CaseDraft unknown = CaseFiles.healthy().zone("WS-A", ZoneLevel.SECOND, z -> z.boundaryMarkers(null));
        Verify.rule("SGN-01").given(unknown).asOf(D).doesNotFire();
        Verify.missingData("SGN-01").given(unknown).asOf(D).firesExactlyFor("WS-A/SECOND");
    }

    @Test
    void sgn02_needs_two_warning_signs_per_crossing() {
        Verify.rule("SGN-02").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.roadCrossings(2)
                .warningSigns(3)))
                .asOf(D).firesExactlyFor("WS-A/FIRST").withMessageContaining("WS-A/FIRST", "2处道路穿越", "应至少4块");
        Verify.rule("SGN-02").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.roadCrossings(2)
                .warningSigns(4)))
                .asOf(D).doesNotFire();
        Verify.rule("SGN-02").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.SECOND, z -> z.roadCrossings(0)
                .warningSigns(0)))
                .asOf(D).doesNotFire();
    }

    @Test
    void sgn02_unknown_counts_are_missing_data() {
        CaseDraft unknown = CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.warningSigns(null));
        Verify.rule("SGN-02").given(unknown).asOf(D).doesNotFire();
        Verify.missingData("SGN-02").given(unknown).asOf(D).firesExactlyFor("WS-A/FIRST");
    }

    @Test
    void sgn03_fires_for_a_first_zone_without_publicity_sign() {
        Verify.rule("SGN-03").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.publicitySigns(0)))
                .asOf(D).firesExactlyFor("WS-A/FIRST");
        Verify.rule("SGN-03").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.SECOND, z -> z.publicitySigns(0)))
                .asOf(D).doesNotFire();
        Verify.missingData("SGN-03").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.publicitySigns(null)))
                .asOf(D).firesExactlyFor("WS-A/FIRST");
    }

    @Test
    void iso01_fires_when_a_required_fence_is_incomplete() {
        Verify.rule("ISO-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.fenceComplete(false)))
                .asOf(D).firesExactlyFor("WS-A/FIRST");
        Verify.rule("ISO-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.fenceRequired(false)
                .fenceComplete(false))).asOf(D).doesNotFire();
        Verify.missingData("ISO-01").given(CaseFiles.healthy().zone("WS-A", ZoneLevel.FIRST, z -> z.fenceComplete(null)))
                .asOf(D).firesExactlyFor("WS-A/FIRST");
    }
}
