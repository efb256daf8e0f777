package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.core.problem.Filing;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The dates on which a case file records that something happened (identified, rectified, inspected, reported,
 * sampled, approved, decided …), as opposed to dates it plans for (deadlines): the latest of them is how far the
 * record reaches.
 */
public final class RecordDates {

    private RecordDates() {
    }

    /** The latest date anything was recorded as happening; empty for a case file without one. */
    public static Optional<LocalDate> latest(CaseFile f) {
        return Stream.of(
                        f.waterSources().stream().flatMap(RecordDates::source),
                        f.problems().stream().flatMap(RecordDates::problem),
                        f.plans().stream().map(p -> p.approvedOn()),
                        f.inspections().stream().map(i -> i.date()),
                        f.evidence().stream().flatMap(RecordDates::evidence),
                        f.monthlyReports().stream().map(r -> r.submittedOn()),
                        f.summaryReports().stream().map(r -> r.submittedOn()),
                        f.disclosures().stream().map(d -> d.publishedOn()),
                        f.samples().stream().map(s -> s.sampledOn()),
                        f.accountability().stream().map(a -> a.decidedOn()))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo);
    }

    private static Stream<LocalDate> source(WaterSource s) {
        Stream<LocalDate> plan = s.emergencyPlan() == null ? Stream.empty()
                : Stream.of(s.emergencyPlan().filedOn(), s.emergencyPlan().lastDrillOn());
        return Stream.concat(Stream.concat(s.zones().stream().map(Zone::approvedOn), plan),
                Stream.of(s.riskSourcesSurveyedOn()));
    }

    private static Stream<LocalDate> problem(Problem p) {
        return Stream.concat(Stream.of(p.identifiedOn(), p.rectifiedOn(), p.closedOn()),
                Stream.concat(p.extensions().stream().map(Extension::approvedOn), p.filings().stream().map(Filing::filedOn)));
    }

    private static Stream<LocalDate> evidence(Evidence e) {
        return Stream.of(e.capturedOn(), e.submittedOn());
    }
}
