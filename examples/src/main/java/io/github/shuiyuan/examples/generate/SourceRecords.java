package io.github.shuiyuan.examples.generate;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.inspection.InspectionResult;
import io.github.shuiyuan.core.inspection.InspectionType;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.Milestone;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything recorded about one generated source: the source with its zones, its problems, its plan, its
 * monthly patrols and two look-backs, the before and after photos and archive papers, its monthly samples.
 * Most records are in order; a few percent are not, so that every rule family has something to find.
 */
record SourceRecords(WaterSource source, List<Problem> problems, Plan plan, List<Inspection> inspections,
                     List<Evidence> evidence, List<Sample> samples) {

    /** Problems per source. */
    static final int PROBLEMS = 10;

    private static final List<LocalDate> LOOK_BACKS = List.of(LocalDate.of(2018, 7, 10), LocalDate.of(2018, 11, 10));

    /** The records of source {@code index} (0-based) of {@code province}. */
    static SourceRecords of(Province province, int index) {
        Draw draw = new Draw(province.seed, 1, index);
        int subDistrict = Province.subDistrictOf(index);
        WaterSource source = Sites.source(draw, index, subDistrict);
        List<Problem> problems = new ArrayList<>();
        for (int j = 0; j < PROBLEMS; j++) {
            problems.add(Problems.problem(draw, index * PROBLEMS + j + 1, j + index, source, subDistrict));
        }
        Plan plan = plan(draw, index, source, problems, subDistrict);
        return new SourceRecords(source, problems, plan, inspections(draw, index, problems, subDistrict),
                evidence(draw, source, plan, problems), Sites.samples(draw, index, source));
    }

    private static Plan plan(Draw draw, int index, WaterSource source, List<Problem> problems, int subDistrict) {
        List<String> problemIds = new ArrayList<>(problems.stream().map(Problem::id).toList());
        if (draw.chance(10)) {
            problemIds.remove(draw.between(0, problemIds.size() - 1));
        }
        List<Milestone> milestones = List.of(milestone(draw, "完成问题排查建档", LocalDate.of(2018, 6, 30)),
                milestone(draw, "完成主要整治工程", LocalDate.of(2018, 9, 30)),
                milestone(draw, "完成回头看和销号", LocalDate.of(2018, 11, 30)));
        return new Plan(String.format("PLAN-%05d", index + 1), source.id(), draw.dayFrom(LocalDate.of(2018, 4, 20), 40),
                Province.subDistrictId(subDistrict), Province.responsibleId(subDistrict), Province.leaderId(subDistrict),
                problemIds, List.of("取缔关停违法项目", "排口封堵和截污纳管", "网格化巡查"), milestones);
    }

    private static Milestone milestone(Draw draw, String title, LocalDate due) {
        return new Milestone(title, due, draw.chance(80) ? due.minusDays(draw.between(0, 20)) : null);
    }

    private static List<Inspection> inspections(Draw draw, int index, List<Problem> problems, int subDistrict) {
        String sourceId = Province.sourceId(index);
        List<String> inspectors = List.of(Province.responsibleId(subDistrict));
        List<Inspection> inspections = new ArrayList<>();
        for (YearMonth month : Province.periods()) {
            if (!draw.chance(4)) {
                inspections.add(new Inspection(String.format("INS-%05d-P%s", index + 1, month), InspectionType.PATROL,
                        sourceId, month.atDay(draw.between(1, 28)), Province.subDistrictId(subDistrict), inspectors,
                        List.of(), List.of()));
            }
        }
        for (int n = 0; n < LOOK_BACKS.size(); n++) {
            LocalDate day = draw.dayFrom(LOOK_BACKS.get(n), 10);
            List<InspectionResult> results = problems.stream()
                    .filter(p -> p.rectifiedOn() != null && !p.rectifiedOn().isAfter(day))
                    .map(p -> new InspectionResult(p.id(), outcome(draw), "现场复核"))
                    .toList();
            inspections.add(new Inspection(String.format("INS-%05d-L%d", index + 1, n + 1), InspectionType.LOOK_BACK,
                    sourceId, day, Province.subDistrictId(subDistrict), inspectors, results, List.of()));
        }
        return inspections;
    }

    private static LookBackOutcome outcome(Draw draw) {
        int roll = draw.between(1, 100);
        return roll <= 90 ? LookBackOutcome.HELD : roll <= 96 ? LookBackOutcome.RECURRED : LookBackOutcome.NOT_RECTIFIED;
    }

    private static List<Evidence> evidence(Draw draw, WaterSource source, Plan plan, List<Problem> problems) {
        List<Evidence> evidence = new ArrayList<>();
        String folder = "archive/" + source.id().toLowerCase();
        if (!draw.chance(5)) {
            LocalDate approved = source.zone(ZoneLevel.FIRST).map(z -> z.approvedOn()).orElse(LocalDate.of(2010, 1, 1));
            evidence.add(new Evidence("EV-" + source.id() + "-A", null, source.id(), EvidenceKind.APPROVAL,
                    folder + "/zones-approval.pdf", draw.sha256(), draw.during(approved), LocalDate.of(2018, 5, 2)));
        }
        evidence.add(new Evidence("EV-" + source.id() + "-P", null, source.id(), EvidenceKind.PLAN,
                folder + "/plan.pdf", draw.sha256(), draw.during(plan.approvedOn()), plan.approvedOn().plusDays(1)));
        for (Problem p : problems) {
            String prefix = "EV-" + p.id();
            LocalDate before = p.identifiedOn();
            evidence.add(new Evidence(prefix + "-B", p.id(), source.id(), EvidenceKind.PHOTO_BEFORE,
                    folder + "/" + p.id().toLowerCase() + "/before.jpg", draw.sha256(), draw.during(before),
                    before.plusDays(draw.between(1, 4))));
            if (p.rectifiedOn() != null) {
                LocalDate after = draw.chance(5) ? p.rectifiedOn().minusDays(draw.between(1, 20))
                        : p.rectifiedOn().plusDays(draw.between(0, 3));
                evidence.add(new Evidence(prefix + "-F", p.id(), source.id(), EvidenceKind.PHOTO_AFTER,
                        folder + "/" + p.id().toLowerCase() + "/after.jpg", draw.sha256(), draw.during(after),
                        after.plusDays(draw.between(1, 3))));
            }
        }
        return evidence;
    }
}
