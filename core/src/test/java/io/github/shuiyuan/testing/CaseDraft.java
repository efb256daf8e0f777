package io.github.shuiyuan.testing;

import static io.github.shuiyuan.testing.CaseFiles.date;

import io.github.shuiyuan.core.Campaign;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Jurisdiction;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.inspection.InspectionResult;
import io.github.shuiyuan.core.inspection.InspectionType;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.problem.IdentifiedBy;
import io.github.shuiyuan.core.problem.Milestone;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.core.reporting.Disclosure;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.core.reporting.SummaryReport;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.core.validation.CaseFileValidator;
import io.github.shuiyuan.core.validation.ValidationError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A case file being written for a test: typed records added and changed by id through the public builders
 * ({@code toBuilder()}), then {@link #build()} into a case file that the library's validator accepts. Records added
 * by the shortcuts ({@link #problem}, {@link #plan}, {@link #evidence}, {@link #lookBack}) start from sensible
 * defaults for {@link CaseFiles#healthy()} and take the fields a test cares about over them. A change of a record
 * that is not there fails at once, naming it. Not thread-safe; one draft per test.
 */
public final class CaseDraft {

    private final String schemaVersion;
    private Jurisdiction jurisdiction;
    private Campaign campaign;
    private final List<Unit> units;
    private final List<Person> people;
    private final List<WaterSource> waterSources;
    private final List<Problem> problems;
    private final List<Plan> plans;
    private final List<Inspection> inspections;
    private final List<Evidence> evidence;
    private final List<MonthlyReport> monthlyReports;
    private final List<SummaryReport> summaryReports;
    private final List<Disclosure> disclosures;
    private final List<Sample> samples;
    private final List<AccountabilityRecord> accountability;

    private CaseDraft(CaseFile from) {
        schemaVersion = from.schemaVersion();
        jurisdiction = from.jurisdiction();
        campaign = from.campaign();
        units = new ArrayList<>(from.units());
        people = new ArrayList<>(from.people());
        waterSources = new ArrayList<>(from.waterSources());
        problems = new ArrayList<>(from.problems());
        plans = new ArrayList<>(from.plans());
        inspections = new ArrayList<>(from.inspections());
        evidence = new ArrayList<>(from.evidence());
        monthlyReports = new ArrayList<>(from.monthlyReports());
        summaryReports = new ArrayList<>(from.summaryReports());
        disclosures = new ArrayList<>(from.disclosures());
        samples = new ArrayList<>(from.samples());
        accountability = new ArrayList<>(from.accountability());
    }

    /** A draft holding {@code file}'s records. */
    public static CaseDraft of(CaseFile file) {
        return new CaseDraft(file);
    }

    // the jurisdiction and the campaign

    /** Replaces the jurisdiction (null for none: the validator then refuses the file). */
    public CaseDraft jurisdiction(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        return this;
    }

    /** Changes fields of the campaign. */
    public CaseDraft campaign(UnaryOperator<Campaign.Builder> change) {
        campaign = change.apply(present(campaign, "campaign").toBuilder()).build();
        return this;
    }

    /** Leaves the campaign out. */
    public CaseDraft withoutCampaign() {
        campaign = null;
        return this;
    }

    // units and people

    /** Adds a unit. */
    public CaseDraft add(Unit unit) {
        units.add(unit);
        return this;
    }

    /** Replaces the unit with this id by {@code change} of it. */
    public CaseDraft changeUnit(String id, UnaryOperator<Unit> change) {
        replace(units, "unit", Unit::id, id, change);
        return this;
    }

    /** Replaces every unit by {@code change} of it. */
    public CaseDraft eachUnit(UnaryOperator<Unit> change) {
        units.replaceAll(change);
        return this;
    }

    /** Adds a person. */
    public CaseDraft add(Person person) {
        people.add(person);
        return this;
    }

    /** Changes fields of the person with this id. */
    public CaseDraft person(String id, UnaryOperator<Person.Builder> change) {
        replace(people, "person", Person::id, id, p -> change.apply(p.toBuilder()).build());
        return this;
    }

    // sources and zones

    /** Adds a water source. */
    public CaseDraft add(WaterSource source) {
        waterSources.add(source);
        return this;
    }

    /** Changes fields of the water source with this id. */
    public CaseDraft source(String id, UnaryOperator<WaterSource.Builder> change) {
        replace(waterSources, "water source", WaterSource::id, id, s -> change.apply(s.toBuilder()).build());
        return this;
    }

    /** Changes fields of a source's zone of this level. */
    public CaseDraft zone(String sourceId, ZoneLevel level, UnaryOperator<Zone.Builder> change) {
        replace(waterSources, "water source", WaterSource::id, sourceId, s -> s.toBuilder()
                .zones(replaced(s.zones(), "zone", Zone::level, level, z -> change.apply(z.toBuilder()).build())).build());
        return this;
    }

    /** Leaves out a source's zone of this level. */
    public CaseDraft withoutZone(String sourceId, ZoneLevel level) {
        replace(waterSources, "water source", WaterSource::id, sourceId,
                s -> s.toBuilder().zones(without(s.zones(), "zone", Zone::level, level)).build());
        return this;
    }

    // problems and plans

    /** Adds a problem. */
    public CaseDraft add(Problem problem) {
        problems.add(problem);
        return this;
    }

    /** Adds an open problem of SD-A (PER-A) at WS-A: a sewage outfall in the first zone, identified by survey on 2018-03-01, due 2018-06-30. */
    public CaseDraft problem(String id, int serialNo) {
        return problem(id, serialNo, p -> p);
    }

    /** Adds the problem of {@link #problem(String, int)} with the fields {@code fields} sets over the defaults. */
    public CaseDraft problem(String id, int serialNo, UnaryOperator<Problem.Builder> fields) {
        return add(fields.apply(Problem.builder().id(id).serialNo(serialNo).waterSourceId("WS-A").zoneLevel(ZoneLevel.FIRST)
                .category(ProblemCategory.SEWAGE_OUTFALL).location("南通市崇川区").description("测试问题")
                .identifiedOn(date("2018-03-01")).identifiedBy(IdentifiedBy.SURVEY).responsibleUnitId("SD-A")
                .responsiblePersonId("PER-A").deadline(date("2018-06-30")).status(ProblemStatus.OPEN)).build());
    }

    /** Changes fields of the problem with this id. */
    public CaseDraft changeProblem(String id, UnaryOperator<Problem.Builder> change) {
        replace(problems, "problem", Problem::id, id, p -> change.apply(p.toBuilder()).build());
        return this;
    }

    /** Adds a plan. */
    public CaseDraft add(Plan plan) {
        plans.add(plan);
        return this;
    }

    /**
     * Adds a plan of SD-A for WS-A with every part the action plan demands (approved 2018-05-10, PER-A responsible
     * and leading, one measure 清理整治, one milestone 完成整治 due 2018-06-30 and not done, no problems listed), with
     * the fields {@code fields} sets over it.
     */
    public CaseDraft plan(String id, UnaryOperator<Plan.Builder> fields) {
        return add(fields.apply(Plan.builder().id(id).waterSourceId("WS-A").approvedOn(date("2018-05-10"))
                .responsibleUnitId("SD-A").responsiblePersonId("PER-A").leaderPersonId("PER-A").problemIds(List.of())
                .measures(List.of("清理整治")).milestones(List.of(new Milestone("完成整治", date("2018-06-30"), null)))).build());
    }

    /** Changes fields of the plan with this id. */
    public CaseDraft changePlan(String id, UnaryOperator<Plan.Builder> change) {
        replace(plans, "plan", Plan::id, id, p -> change.apply(p.toBuilder()).build());
        return this;
    }

    // inspections and evidence

    /** Adds an inspection. */
    public CaseDraft add(Inspection inspection) {
        inspections.add(inspection);
        return this;
    }

    /** Adds a look-back (回头看) of WS-A by SD-A on {@code date} with one result. */
    public CaseDraft lookBack(String id, LocalDate date, String problemId, LookBackOutcome outcome) {
        return add(Inspection.builder().id(id).type(InspectionType.LOOK_BACK).waterSourceId("WS-A").date(date).unitId("SD-A")
                .results(List.of(new InspectionResult(problemId, outcome, null))).build());
    }

    /** Changes fields of the inspection with this id. */
    public CaseDraft changeInspection(String id, UnaryOperator<Inspection.Builder> change) {
        replace(inspections, "inspection", Inspection::id, id, i -> change.apply(i.toBuilder()).build());
        return this;
    }

    /** Leaves out the inspection with this id. */
    public CaseDraft withoutInspection(String id) {
        inspections.removeIf(present(inspections, "inspection", Inspection::id, id));
        return this;
    }

    /** Adds a piece of evidence. */
    public CaseDraft add(Evidence piece) {
        evidence.add(piece);
        return this;
    }

    /**
     * Adds evidence at its own archive path ({@code archive/ID.jpg}) with a SHA-256 unique to its id, with the fields
     * {@code fields} sets over that (the kind at least).
     */
    public CaseDraft evidence(String id, UnaryOperator<Evidence.Builder> fields) {
        return add(fields.apply(Evidence.builder().id(id).uri("archive/" + id + ".jpg").sha256(CaseFiles.sha256(id))).build());
    }

    /** Changes fields of the evidence with this id. */
    public CaseDraft changeEvidence(String id, UnaryOperator<Evidence.Builder> change) {
        replace(evidence, "evidence", Evidence::id, id, e -> change.apply(e.toBuilder()).build());
        return this;
    }

    /** Leaves out the evidence with this id. */
    public CaseDraft withoutEvidence(String id) {
        evidence.removeIf(present(evidence, "evidence", Evidence::id, id));
        return this;
    }

    // reports, disclosures, samples, accountability

    /** Adds a monthly report. */
    public CaseDraft add(MonthlyReport report) {
        monthlyReports.add(report);
        return this;
    }

    /** Changes fields of every monthly report that {@code which} selects. */
    public CaseDraft changeMonthlyReports(Predicate<MonthlyReport> which, UnaryOperator<MonthlyReport.Builder> change) {
        monthlyReports.replaceAll(r -> which.test(r) ? change.apply(r.toBuilder()).build() : r);
        return this;
    }

    /** Leaves out every monthly report. */
    public CaseDraft withoutMonthlyReports() {
        monthlyReports.clear();
        return this;
    }

    /** Adds a summary report. */
    public CaseDraft add(SummaryReport report) {
        summaryReports.add(report);
        return this;
    }

    /** Adds a disclosure. */
    public CaseDraft add(Disclosure disclosure) {
        disclosures.add(disclosure);
        return this;
    }

    /** Adds a water-quality sample. */
    public CaseDraft add(Sample sample) {
        samples.add(sample);
        return this;
    }

    /** Adds an accountability record. */
    public CaseDraft add(AccountabilityRecord record) {
        accountability.add(record);
        return this;
    }

    // the result

    /**
     * The case file as drafted, checked by nothing, not even for its required fields (for tests of what the
     * validator reports).
     */
    public CaseFile unchecked() {
        return new CaseFile(schemaVersion, jurisdiction, campaign, units, people, waterSources, problems, plans, inspections,
                evidence, monthlyReports, summaryReports, disclosures, samples, accountability);
    }

    /** The case file, which the library's validator must accept: a draft it refuses fails the test, listing why. */
    public CaseFile build() {
        CaseFile built = unchecked();
        List<ValidationError> errors = CaseFileValidator.validate(built);
        if (!errors.isEmpty()) {
            throw new AssertionError("the drafted case file is not valid: " + errors);
        }
        return built;
    }

    /** The case file's JSON as the library writes it (for tests of the reader). */
    public String json() {
        return CaseFileJson.strict().writeString(unchecked());
    }

    private static <T> T present(T record, String what) {
        if (record == null) {
            throw new IllegalStateException("the draft has no " + what);
        }
        return record;
    }

    private static <T, K> Predicate<T> present(List<T> records, String what, Function<T, K> key, K id) {
        Predicate<T> matches = r -> key.apply(r).equals(id);
        if (records.stream().noneMatch(matches)) {
            throw new IllegalArgumentException("the draft has no " + what + " " + id);
        }
        return matches;
    }

    private static <T, K> void replace(List<T> records, String what, Function<T, K> key, K id, UnaryOperator<T> change) {
        Predicate<T> matches = present(records, what, key, id);
        records.replaceAll(r -> matches.test(r) ? change.apply(r) : r);
    }

    private static <T, K> List<T> replaced(List<T> records, String what, Function<T, K> key, K id, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(records);
        replace(copy, what, key, id, change);
        return copy;
    }

    private static <T, K> List<T> without(List<T> records, String what, Function<T, K> key, K id) {
        List<T> copy = new ArrayList<>(records);
        copy.removeIf(present(copy, what, key, id));
        return copy;
    }
}
