package io.github.shuiyuan.report;

import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the monthly disclosure says about one source: what it is, whether its zones are approved, its problems
 * by progress class with 整治完成率, its close-outs, and the month's water quality in a sentence. Holds no
 * personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name         the source's name
 * @param kind         river, lake/reservoir or groundwater
 * @param adminLevel   地级, 县级 or 乡镇级; null when unknown
 * @param status       in use or standby
 * @param zones        the approval of each protection zone as of the disclosure's date
 * @param progress     its problems by progress class
 * @param completion   整治完成率: 已完成整治 ÷ 问题总数
 * @param closeOuts    已销号, split into 合规 and 违规
 * @param waterQuality the water-quality sentence, e.g. {@code 11月水质为Ⅱ类，达到饮用水水源水质要求}, or
 *                     {@code 本月未监测}
 */
public record SourceDisclosure(String name, SourceKind kind, @Nullable AdminLevel adminLevel, SourceStatus status,
                               List<ZoneApproval> zones, ProgressCounts progress, Ratio completion,
                               CloseOutCounts closeOuts, String waterQuality) {

    public SourceDisclosure {
        zones = List.copyOf(zones);
    }

    /** A zone's approval (划定): approved when it has an approval document dated on or before the date. */
    public record ZoneApproval(ZoneLevel level, boolean approved, @Nullable String approvalDocument,
                               @Nullable LocalDate approvedOn) {
    }
}
