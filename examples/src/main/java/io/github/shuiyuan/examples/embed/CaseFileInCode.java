package io.github.shuiyuan.examples.embed;

import io.github.shuiyuan.core.Campaign;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Jurisdiction;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.UnitType;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.inspection.InspectionResult;
import io.github.shuiyuan.core.inspection.InspectionType;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A case file built in code, the way a platform builds one from its own tables: builders with named fields,
 * so a unit id can never land where a person id belongs. {@code build()} refuses a record without its required
 * fields; references and dates across records are checked when the engine validates the whole file.
 *
 * <p>Static methods; thread-safe.
 */
public final class CaseFileInCode {

    /** The sub-district that answers for the source and its problems. */
    public static final String SUB_DISTRICT = "SD-RENGANG";
    /** The person who fills in the sub-district's forms. */
    public static final String FILLED_BY = "PER-001";

    private CaseFileInCode() {
    }

    /** A small district: one source, one zone, two problems (one rectified and looked back at), a report, a sample. */
    public static CaseFile chongchuan() {
        Problem outfall = Problem.builder()
                .id("PRB-001").serialNo(1).waterSourceId("WS-001").zoneLevel(ZoneLevel.FIRST)
                .category(ProblemCategory.SEWAGE_OUTFALL).location("南通市崇川区")
                .description("一级保护区内雨污混接排口1个").identifiedOn(LocalDate.of(2018, 3, 10))
                .responsibleUnitId(SUB_DISTRICT).responsiblePersonId(FILLED_BY)
                .deadline(LocalDate.of(2018, 6, 30)).status(ProblemStatus.RECTIFIED).rectifiedOn(LocalDate.of(2018, 5, 28))
                .measures("封堵排口，雨污分流改造").result("排口已封堵，无污水入江")
                .build();
        Problem cages = outfall.toBuilder()
                .id("PRB-002").serialNo(2).category(ProblemCategory.CAGE_AQUACULTURE)
                .description("一级保护区内网箱养殖").status(ProblemStatus.RECTIFYING).rectifiedOn(null)
                .measures(null).result(null)
                .build();
        return CaseFile.builder()
                .jurisdiction(new Jurisdiction("320602", "崇川区", "南通市"))
                .campaign(Campaign.builder()
                        .id("CC-2018-40").title("崇川区集中式饮用水水源地环境保护专项行动").documentNo("崇川政办发〔2018〕40号")
                        .issuedOn(LocalDate.of(2018, 5, 1)).firstReportPeriod(YearMonth.of(2018, 5)).reportDueDay(22)
                        .rectificationDeadline(LocalDate.of(2018, 11, 30)).summaryDueOn(LocalDate.of(2018, 12, 7))
                        .reportRecipientUnitId("GOV-OFFICE").copyToUnitIds(List.of("DEPT-EPB"))
                        .build())
                .units(List.of(
                        new Unit("GOV-OFFICE", "崇川区人民政府办公室", UnitType.GOVERNMENT_OFFICE, null),
                        new Unit("DEPT-EPB", "崇川区环境保护局", UnitType.DEPARTMENT, "0513-85000000"),
                        new Unit(SUB_DISTRICT, "任港街道", UnitType.SUB_DISTRICT, null)))
                .people(List.of(Person.builder().id(FILLED_BY).name("王某").unitId(SUB_DISTRICT).role("分管领导")
                        .phone("0513-80000000").build()))
                .waterSources(List.of(WaterSource.builder()
                        .id("WS-001").name("长江某水厂取水口水源地").kind(SourceKind.RIVER).location("南通市崇川区")
                        .responsibleUnitId(SUB_DISTRICT).status(SourceStatus.IN_USE).onlineMonitoring(true)
                        .zones(List.of(Zone.builder().level(ZoneLevel.FIRST).approvalDocument("苏政复〔2009〕2号")
                                .approvedOn(LocalDate.of(2009, 1, 15)).boundaryMarkers(4).publicitySigns(1).build()))
                        .build()))
                .problems(List.of(outfall, cages))
                .inspections(List.of(Inspection.builder()
                        .id("INS-001").type(InspectionType.LOOK_BACK).waterSourceId("WS-001").date(LocalDate.of(2018, 6, 15))
                        .unitId(SUB_DISTRICT).inspectorPersonIds(List.of(FILLED_BY))
                        .results(List.of(new InspectionResult("PRB-001", LookBackOutcome.HELD, "未发现反弹")))
                        .build()))
                .evidence(List.of(Evidence.builder().id("EV-001").problemId("PRB-001").kind(EvidenceKind.PHOTO_BEFORE)
                        .uri("archive/prb-001/before.jpg").submittedOn(LocalDate.of(2018, 3, 12)).build()))
                .monthlyReports(List.of(MonthlyReport.builder().id("MR-2018-05").unitId(SUB_DISTRICT)
                        .period(YearMonth.of(2018, 5)).submittedOn(LocalDate.of(2018, 5, 21)).build()))
                .samples(List.of(Sample.builder().id("S-001").waterSourceId("WS-001").point("取水口")
                        .sampledOn(LocalDate.of(2018, 5, 8))
                        .values(new TreeMap<>(Map.of("PH", new BigDecimal("7.6"), "NH3_N", new BigDecimal("0.21"))))  // a stable order
                        .build()))
                .build();
    }
}
