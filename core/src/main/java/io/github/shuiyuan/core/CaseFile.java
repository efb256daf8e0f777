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
import org.jspecify.annotations.Nullable;

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
        @Nullable Campaign campaign,
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

    /**
     * A builder with {@code schemaVersion} set to {@link #SCHEMA_VERSION} and every other field absent;
     * {@link Builder#build()} refuses a case file without its jurisdiction.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this case file's values: change some and build a new case file. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.schemaVersion = schemaVersion;
        builder.jurisdiction = jurisdiction;
        builder.campaign = campaign;
        builder.units = units;
        builder.people = people;
        builder.waterSources = waterSources;
        builder.problems = problems;
        builder.plans = plans;
        builder.inspections = inspections;
        builder.evidence = evidence;
        builder.monthlyReports = monthlyReports;
        builder.summaryReports = summaryReports;
        builder.disclosures = disclosures;
        builder.samples = samples;
        builder.accountability = accountability;
        return builder;
    }

    /**
     * Builds a {@link CaseFile} by named fields, so that no two values of one type can be swapped unseen. One setter
     * per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a case file without {@code schemaVersion}, {@code jurisdiction};
     * checks across records (references, dates in order) are
     * {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a builder from one
     * thread.
     */
    public static final class Builder {

        private @Nullable String schemaVersion = SCHEMA_VERSION;
        private @Nullable Jurisdiction jurisdiction;
        private @Nullable Campaign campaign;
        private @Nullable List<Unit> units;
        private @Nullable List<Person> people;
        private @Nullable List<WaterSource> waterSources;
        private @Nullable List<Problem> problems;
        private @Nullable List<Plan> plans;
        private @Nullable List<Inspection> inspections;
        private @Nullable List<Evidence> evidence;
        private @Nullable List<MonthlyReport> monthlyReports;
        private @Nullable List<SummaryReport> summaryReports;
        private @Nullable List<Disclosure> disclosures;
        private @Nullable List<Sample> samples;
        private @Nullable List<AccountabilityRecord> accountability;

        private Builder() {
        }

        public Builder schemaVersion(@Nullable String schemaVersion) {
            this.schemaVersion = schemaVersion;
            return this;
        }

        public Builder jurisdiction(@Nullable Jurisdiction jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        public Builder campaign(@Nullable Campaign campaign) {
            this.campaign = campaign;
            return this;
        }

        public Builder units(@Nullable List<Unit> units) {
            this.units = units;
            return this;
        }

        public Builder people(@Nullable List<Person> people) {
            this.people = people;
            return this;
        }

        public Builder waterSources(@Nullable List<WaterSource> waterSources) {
            this.waterSources = waterSources;
            return this;
        }

        public Builder problems(@Nullable List<Problem> problems) {
            this.problems = problems;
            return this;
        }

        public Builder plans(@Nullable List<Plan> plans) {
            this.plans = plans;
            return this;
        }

        public Builder inspections(@Nullable List<Inspection> inspections) {
            this.inspections = inspections;
            return this;
        }

        public Builder evidence(@Nullable List<Evidence> evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder monthlyReports(@Nullable List<MonthlyReport> monthlyReports) {
            this.monthlyReports = monthlyReports;
            return this;
        }

        public Builder summaryReports(@Nullable List<SummaryReport> summaryReports) {
            this.summaryReports = summaryReports;
            return this;
        }

        public Builder disclosures(@Nullable List<Disclosure> disclosures) {
            this.disclosures = disclosures;
            return this;
        }

        public Builder samples(@Nullable List<Sample> samples) {
            this.samples = samples;
            return this;
        }

        public Builder accountability(@Nullable List<AccountabilityRecord> accountability) {
            this.accountability = accountability;
            return this;
        }

        /**
         * The case file.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public CaseFile build() {
            return IncompleteRecordException.requireComplete(new CaseFile(
                    schemaVersion, jurisdiction, campaign, units, people, waterSources, problems, plans, inspections,
                    evidence, monthlyReports, summaryReports, disclosures, samples, accountability));
        }
    }
}
