package io.github.shuiyuan.core;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.core.problem.Filing;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What exists as of a date: a record dated after it does not exist yet; a record whose deciding date
 * is absent exists (rules that need the date say so).
 */
final class Existence {

    private final LocalDate asOf;

    Existence(LocalDate asOf) {
        this.asOf = asOf;
    }

    CaseFile view(CaseFile f) {
        return new CaseFile(f.schemaVersion(), f.jurisdiction(), f.campaign(), f.units(), f.people(),
                f.waterSources().stream().map(this::source).toList(),
                keep(f.problems(), Problem::identifiedOn).stream().map(this::problem).toList(),
                keep(f.plans(), Plan::approvedOn),
                keep(f.inspections(), i -> i.date()),
                keep(f.evidence(), Evidence::existsFrom),
                keep(f.monthlyReports(), r -> r.submittedOn()),
                keep(f.summaryReports(), r -> r.submittedOn()),
                keep(f.disclosures(), d -> d.publishedOn()),
                keep(f.samples(), s -> s.sampledOn()),
                keep(f.accountability(), a -> a.decidedOn()));
    }

    private WaterSource source(WaterSource s) {
        List<Zone> zones = keep(s.zones(), Zone::approvedOn);
        if (zones == s.zones()) {
            return s;
        }
        return new WaterSource(s.id(), s.name(), s.kind(), s.adminLevel(), s.location(), s.responsibleUnitId(),
                s.status(), s.servedPopulation(), s.designCapacityWanM3PerDay(), s.onlineMonitoring(),
                s.emergencyPlan(), s.riskSourcesSurveyedOn(), zones);
    }

    private Problem problem(Problem p) {
        List<Extension> extensions = keep(p.extensions(), Extension::approvedOn);
        List<Filing> filings = keep(p.filings(), Filing::filedOn);
        if (extensions == p.extensions() && filings == p.filings()) {
            return p;
        }
        return new Problem(p.id(), p.serialNo(), p.waterSourceId(), p.zoneLevel(), p.category(), p.location(),
                p.description(), p.identifiedOn(), p.identifiedBy(), p.responsibleUnitId(), p.responsiblePersonId(),
                p.deadline(), p.status(), p.rectifiedOn(), p.measures(), p.result(), p.closedOn(),
                extensions, filings, p.progressPercent(), p.remarks());
    }

    /** The records that exist as of the date: {@code records} itself when all do (a case file is immutable). */
    private <T> List<T> keep(List<T> records, Function<T, LocalDate> date) {
        Predicate<T> exists = r -> {
            LocalDate d = date.apply(r);
            return d == null || !d.isAfter(asOf);
        };
        for (T record : records) {
            if (!exists.test(record)) {
                return records.stream().filter(exists).toList();
            }
        }
        return records;
    }
}
