package io.github.shuiyuan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.rules.ProblemProgress;
import io.github.shuiyuan.rules.ProblemView;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LedgerColumnsTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2018, 6, 30);
    private static final LocalDate SEPTEMBER_30 = LocalDate.of(2018, 9, 30);

    private static ProblemView view(ProblemProgress progress, LocalDate deadline, LocalDate inForce) {
        ProblemStatus status = progress == ProblemProgress.DONE || progress.isRelapse() ? ProblemStatus.RECTIFIED
                : progress == ProblemProgress.RECTIFYING ? ProblemStatus.RECTIFYING : ProblemStatus.OPEN;
        return new ProblemView("PRB-001", 1, "WS-001", "SD-RENGANG", status, progress, progress != ProblemProgress.DONE,
                false, null, null, deadline, inForce, true, null, null);
    }

    @Test
    void the_vocabularies_read_as_the_published_ledgers_write_them() {
        assertThat(LedgerColumns.sourceClass(AdminLevel.PREFECTURE)).isEqualTo("地级");
        assertThat(LedgerColumns.sourceClass(AdminLevel.COUNTY)).isEqualTo("县级");
        assertThat(LedgerColumns.zoneType(ZoneLevel.FIRST)).isEqualTo("一级");
        assertThat(LedgerColumns.zoneType(ZoneLevel.QUASI)).isEqualTo("准保护区");
        assertThat(LedgerColumns.problemType(ProblemCategory.SEWAGE_OUTFALL)).isEqualTo("排污口");
        assertThat(LedgerColumns.sourceClass(null)).isEmpty();
    }

    @Test
    void an_extension_in_force_is_named_beside_the_original_deadline() {
        ProblemView extended = view(ProblemProgress.RECTIFYING, JUNE_30, SEPTEMBER_30);
        assertThat(LedgerColumns.plannedDate(extended)).isEqualTo("2018年6月30日");
        assertThat(LedgerColumns.extensionRemark(extended)).isEqualTo("已延期至2018年9月30日");
        assertThat(LedgerColumns.deadlineInForce(extended)).isEqualTo("2018年9月30日（已延期，原定2018年6月30日）");
    }

    @Test
    void without_an_extension_the_deadline_stands_alone() {
        ProblemView plain = view(ProblemProgress.RECTIFYING, JUNE_30, JUNE_30);
        assertThat(LedgerColumns.extensionRemark(plain)).isEmpty();
        assertThat(LedgerColumns.deadlineInForce(plain)).isEqualTo("2018年6月30日");
        assertThat(LedgerColumns.deadlineInForce(view(ProblemProgress.OPEN, null, null))).isEmpty();
    }

    @Test
    void progress_is_100_when_done_and_never_100_for_a_relapse() {
        assertThat(LedgerColumns.done(view(ProblemProgress.DONE, JUNE_30, JUNE_30))).isEqualTo("是");
        assertThat(LedgerColumns.progressPercent(view(ProblemProgress.DONE, JUNE_30, JUNE_30), null)).isEqualByComparingTo("100");
        ProblemView relapsed = view(ProblemProgress.RECURRED, JUNE_30, JUNE_30);
        assertThat(LedgerColumns.done(relapsed)).isEqualTo("否");
        assertThat(LedgerColumns.progressPercent(relapsed, new BigDecimal("100"))).isNull();
        assertThat(LedgerColumns.progressPercent(view(ProblemProgress.RECTIFYING, JUNE_30, JUNE_30), new BigDecimal("30")))
                .isEqualByComparingTo("30");
        assertThat(LedgerColumns.progressPercent(view(ProblemProgress.OPEN, JUNE_30, JUNE_30), null)).isNull();
    }
}
