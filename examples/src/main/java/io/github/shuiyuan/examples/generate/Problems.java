package io.github.shuiyuan.examples.generate;

import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.core.problem.Filing;
import io.github.shuiyuan.core.problem.IdentifiedBy;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A generated problem: every category and status in turn, its dates in order, now and then a gap or an extension. */
final class Problems {

    private static final List<ProblemStatus> STATUSES = List.of(ProblemStatus.CLOSED, ProblemStatus.CLOSED,
            ProblemStatus.RECTIFIED, ProblemStatus.RECTIFIED, ProblemStatus.RECTIFIED,
            ProblemStatus.RECTIFYING, ProblemStatus.RECTIFYING, ProblemStatus.RECTIFYING, ProblemStatus.OPEN, ProblemStatus.OPEN);
    private static final List<ProblemCategory> CATEGORIES = List.of(ProblemCategory.values());
    private static final List<IdentifiedBy> FOUND_BY = List.of(IdentifiedBy.values());

    private Problems() {
    }

    /** Problem {@code serial} of {@code source}; {@code turn} picks its status from the cycle. */
    static Problem problem(Draw draw, int serial, int turn, WaterSource source, int subDistrict) {
        ProblemStatus status = STATUSES.get(turn % STATUSES.size());
        ProblemCategory category = CATEGORIES.get(serial % CATEGORIES.size());
        Zone zone = draw.oneOf(source.zones());
        LocalDate identified = draw.dayFrom(LocalDate.of(2017, 9, 1), 400);
        LocalDate deadline = draw.chance(3) ? null : identified.plusDays(draw.between(90, 270));
        boolean rectified = status == ProblemStatus.RECTIFIED || status == ProblemStatus.CLOSED;
        LocalDate rectifiedOn = rectified ? earliest(identified.plusDays(draw.between(10, 150)),
                latest(identified, Province.RECTIFICATION_DEADLINE)) : null;
        LocalDate closedOn = status == ProblemStatus.CLOSED ? rectifiedOn.plusDays(draw.between(5, 40)) : null;
        String result = rectified && !draw.chance(5) ? "整治到位，现场无" + category.label() : null;
        return new Problem(String.format("PRB-%06d", serial), serial, source.id(), zone.level(), category,
                draw.chance(2) ? "某地" : source.location(),
                zone.level().label() + "内" + category.label() + "问题（合成数据）", identified, draw.oneOf(FOUND_BY),
                Province.subDistrictId(subDistrict), Province.responsibleId(subDistrict), deadline, status, rectifiedOn,
                "依法取缔并恢复原状", result, closedOn, extensions(draw, deadline), filings(draw, closedOn), null, null);
    }

    private static List<Extension> extensions(Draw draw, LocalDate deadline) {
        if (deadline == null || !draw.chance(10)) {
            return List.of();
        }
        LocalDate approved = deadline.minusDays(draw.between(-10, 20));
        return List.of(new Extension(deadline.plusDays(draw.between(60, 120)), approved, Province.EPB, "工程量大，申请延期"));
    }

    private static List<Filing> filings(Draw draw, LocalDate closedOn) {
        if (closedOn == null) {
            return List.of();
        }
        List<Filing> filings = new ArrayList<>();
        filings.add(new Filing(Province.EPB, closedOn.plusDays(draw.between(0, 10))));
        if (!draw.chance(10)) {
            filings.add(new Filing(Province.HOUSING, closedOn.plusDays(draw.between(0, 10))));
        }
        return filings;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
