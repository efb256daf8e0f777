package io.github.shuiyuan.core;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.core.reporting.Disclosure;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.core.reporting.SummaryReport;
import io.github.shuiyuan.core.source.WaterSource;
import java.util.List;
import java.util.Optional;

/**
 * One jurisdiction's snapshot, as an e-government platform hands it over: the campaign, the units
 * and people, the sources with their zones, the problems and plans, and everything recorded since.
 *
 * <p>Immutable; absent lists are empty. Read and validate one with
 * {@link io.github.shuiyuan.core.json.CaseFileJson}.
 */
public record CaseFile(
        @Required String schemaVersion,
        @Required Jurisdiction jurisdiction,
        Campaign campaign,
        List<Unit> units,
        List<Person> people,
        List<WaterSource> waterSources,
        List<Problem> problems,
        List<Plan> plans,
        List<Inspection> inspections,
        List<Evidence> evidence,
        List<MonthlyReport> monthlyReports,
        List<SummaryReport> summaryReports,
        List<Disclosure> disclosures,
        List<Sample> samples,
        List<AccountabilityRecord> accountability) {

    /** The schema version this library reads and writes. */
    public static final String SCHEMA_VERSION = "1";

    public CaseFile {
        units = Lists.copy(units);
        people = Lists.copy(people);
        waterSources = Lists.copy(waterSources);
        problems = Lists.copy(problems);
        plans = Lists.copy(plans);
        inspections = Lists.copy(inspections);
        evidence = Lists.copy(evidence);
        monthlyReports = Lists.copy(monthlyReports);
        summaryReports = Lists.copy(summaryReports);
        disclosures = Lists.copy(disclosures);
        samples = Lists.copy(samples);
        accountability = Lists.copy(accountability);
    }

    /**
     * The case file as it stood on {@code asOf}: records dated after that day (problems identified,
     * inspections, reports, disclosures, samples, accountability decided, plans and zones approved,
     * extensions approved, filings made, evidence submitted) are left out. Records whose deciding date
     * is absent stay.
     */
    public CaseFile asOf(java.time.LocalDate asOf) {
        return new Existence(asOf).view(this);
    }

    /** The unit with this id. */
    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The person with this id. */
    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The water source with this id. */
    public Optional<WaterSource> waterSource(String id) {
        return waterSources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The problem with this id. */
    public Optional<Problem> problem(String id) {
        return problems.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
