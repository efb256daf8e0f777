package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static io.github.shuiyuan.testing.CaseFiles.month;
import static io.github.shuiyuan.testing.CaseFiles.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.inspection.InspectionResult;
import io.github.shuiyuan.core.inspection.InspectionType;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.core.reporting.ReportChannel;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 问责: ACC-01 … ACC-04 and the ladder, driven by the findings of other rules. */
class AccountabilityRulesTest {

    static final LocalDate D = LocalDate.of(2018, 9, 1);

    static List<AccountabilityTrigger> triggers(CaseDraft builder, LocalDate asOf, String ruleId) {
        return Verify.assess(builder.build(), asOf).accountability().stream()
                .filter(t -> t.ruleId().equals(ruleId)).toList();
    }

    /** PRB-1 of SD-A closed on 2018-07-01 although the look-back of 2018-06-20 found it back. */
    static CaseDraft closedOverRecurrence() {
        return CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.status(ProblemStatus.CLOSED).rectifiedOn(date("2018-05-01"))
                        .closedOn(date("2018-07-01")).measures("封堵").result("已封堵"))
                .add(Inspection.builder().id("INS-1").type(InspectionType.LOOK_BACK).waterSourceId("WS-A")
                        .date(date("2018-06-20"))
                        .results(List.of(new InspectionResult("PRB-1", LookBackOutcome.RECURRED, null))).build());
    }

    @Test
    void acc03_closing_out_a_recurred_problem_calls_for_a_public_interview_of_its_unit_and_person() {
        List<AccountabilityTrigger> acc03 = triggers(closedOverRecurrence(), D, "ACC-03");
        assertThat(acc03).containsExactly(new AccountabilityTrigger("ACC-03", "SD-A", "PER-A",
                AccountabilityReason.FALSIFICATION, AccountabilityMeasure.PUBLIC_INTERVIEW, List.of("PRB-1")));
    }

    @Test
    void acc03_stays_quiet_when_the_look_back_before_close_out_held() {
        CaseDraft held = closedOverRecurrence().add(Inspection.builder().id("INS-2").type(InspectionType.LOOK_BACK)
                .waterSourceId("WS-A").date(date("2018-06-30"))
                .results(List.of(new InspectionResult("PRB-1", LookBackOutcome.HELD, null))).build());
        assertThat(triggers(held, D, "ACC-03")).isEmpty();
    }

    @Test
    void acc03_a_measure_being_handled_is_not_raised_again_and_one_handled_long_enough_climbs() {
        CaseDraft recent = closedOverRecurrence().add(AccountabilityRecord.builder().id("ACC-R1").targetUnitId("SD-A")
                .measure(AccountabilityMeasure.PUBLIC_INTERVIEW).reason(AccountabilityReason.FALSIFICATION)
                .decidedOn(date("2018-08-03")).build());
        assertThat(triggers(recent, D, "ACC-03")).isEmpty();
        assertThat(triggers(recent, D.plusDays(1), "ACC-03")).singleElement()
                .extracting(AccountabilityTrigger::measure).isEqualTo(AccountabilityMeasure.REFERRAL);
    }

    /** A monthly report of {@code unit} for {@code period}, copied to both bureaus. */
    static CaseDraft report(CaseDraft b, String id, String unit, String period, String submittedOn) {
        return b.add(MonthlyReport.builder().id(id).unitId(unit).period(month(period)).submittedOn(date(submittedOn))
                .channel(ReportChannel.EGOV_INTRANET).copiedToUnitIds(List.of("DEPT-EPB", "DEPT-HOUSING")).build());
    }

    @Test
    void acc01_an_overdue_problem_calls_for_criticism_of_its_unit_naming_the_shared_person() {
        CaseDraft overdue = CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.deadline(date("2018-08-31")))
                .problem("PRB-2", 2, p -> p.deadline(date("2018-08-01")));
        assertThat(triggers(overdue, D, "ACC-01")).containsExactly(new AccountabilityTrigger("ACC-01", "SD-A", "PER-A",
                AccountabilityReason.SLOW_PROGRESS, AccountabilityMeasure.CIRCULATED_CRITICISM, List.of("PRB-1", "PRB-2")));
    }

    @Test
    void acc01_stays_quiet_on_the_deadline_day_and_names_no_person_when_they_differ() {
        assertThat(triggers(CaseFiles.healthy().problem("PRB-1", 1, p -> p.deadline(date("2018-09-01"))), D, "ACC-01"))
                .isEmpty();
        CaseDraft twoPeople = CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.deadline(date("2018-08-01")))
                .problem("PRB-2", 2, p -> p.deadline(date("2018-08-01")).responsiblePersonId("PER-B"));
        assertThat(triggers(twoPeople, D, "ACC-01")).singleElement()
                .satisfies(t -> assertThat(t.targetPersonId()).isNull());
    }

    @Test
    void acc01_climbs_from_an_earlier_criticism_decided_thirty_days_before() {
        CaseDraft criticised = CaseFiles.healthy()
                .problem("PRB-1", 1, p -> p.deadline(date("2018-07-01")))
                .add(AccountabilityRecord.builder().id("ACC-R1").targetUnitId("SD-A")
                        .measure(AccountabilityMeasure.CIRCULATED_CRITICISM).reason(AccountabilityReason.SLOW_PROGRESS)
                        .decidedOn(date("2018-08-02")).build());
        assertThat(triggers(criticised, D, "ACC-01")).singleElement()
                .extracting(AccountabilityTrigger::measure).isEqualTo(AccountabilityMeasure.PUBLIC_INTERVIEW);
        assertThat(triggers(criticised, D.minusDays(1), "ACC-01")).isEmpty();
    }

    @Test
    void acc02_two_late_reports_make_poor_performance_and_one_does_not() {
        CaseDraft oneLate = report(report(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-05-23"),
                "MR-06", "SD-A", "2018-06", "2018-06-22");
        oneLate = report(report(oneLate, "MR-07", "SD-A", "2018-07", "2018-07-20"), "MR-08", "SD-A", "2018-08", "2018-08-20");
        assertThat(triggers(oneLate, D, "ACC-02")).isEmpty();
        CaseDraft twoLate = report(report(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-05-23"),
                "MR-06", "SD-A", "2018-06", "2018-06-23");
        twoLate = report(report(twoLate, "MR-07", "SD-A", "2018-07", "2018-07-20"), "MR-08", "SD-A", "2018-08", "2018-08-20");
        assertThat(triggers(twoLate, D, "ACC-02")).containsExactly(new AccountabilityTrigger("ACC-02", "SD-A", null,
                AccountabilityReason.POOR_PERFORMANCE, AccountabilityMeasure.CIRCULATED_CRITICISM, List.of("MR-05", "MR-06")));
    }

    @Test
    void acc02_a_missing_report_alone_is_poor_performance() {
        CaseDraft missingJuly = report(report(report(CaseFiles.healthy(), "MR-05", "SD-A", "2018-05", "2018-05-20"),
                "MR-06", "SD-A", "2018-06", "2018-06-20"), "MR-08", "SD-A", "2018-08", "2018-08-20");
        assertThat(triggers(missingJuly, D, "ACC-02")).singleElement()
                .satisfies(t -> assertThat(t.basis()).containsExactly("SD-A"));
    }

    /** Two samples at WS-A's intake (first-level zone, target II): June class II, then July as given. */
    static CaseDraft samples(Map<String, BigDecimal> julyValues) {
        return CaseFiles.healthy()
                .add(Sample.builder().id("S-06").waterSourceId("WS-A").point("取水口").zoneLevel(ZoneLevel.FIRST)
                        .sampledOn(date("2018-06-08")).values(values("NH3_N", "0.3", "CODMN", "3.0")).build())
                .add(Sample.builder().id("S-07").waterSourceId("WS-A").point("取水口").zoneLevel(ZoneLevel.FIRST)
                        .sampledOn(date("2018-07-08")).values(julyValues).build());
    }

    @Test
    void acc04_water_worse_than_before_and_missing_its_target_calls_the_source_unit_to_account() {
        assertThat(triggers(samples(values("NH3_N", "0.8", "CODMN", "3.0")), D, "ACC-04"))
                .containsExactly(new AccountabilityTrigger("ACC-04", "SD-A", null,
                        AccountabilityReason.WATER_QUALITY_DETERIORATION, AccountabilityMeasure.CIRCULATED_CRITICISM,
                        List.of("S-07")));
    }

    @Test
    void acc04_stays_quiet_when_quality_holds_its_class() {
        assertThat(triggers(samples(values("NH3_N", "0.5", "CODMN", "4")), D, "ACC-04")).isEmpty();
    }
}
