package io.github.shuiyuan.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.core.reporting.Disclosure;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.core.reporting.SummaryReport;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CaseFile.asOf(D): only facts dated on or before D exist; a record whose deciding date is absent exists.
 * Each kind has a record dated D (exists), one dated the day after (does not) and, where the date may be
 * absent, one without it (exists).
 */
class CaseFileAsOfTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    static CaseFile file;
    static CaseFile view;

    @BeforeAll
    static void read() throws InvalidCaseFileException {
        file = CaseFileJson.strict().readString("""
                {"schemaVersion": "1", "jurisdiction": {"name": "崇川区"},
                 "campaign": {"id": "C", "issuedOn": "2018-07-01"},
                 "units": [{"id": "U"}], "people": [{"id": "P"}],
                 "waterSources": [{"id": "W", "name": "水源", "kind": "RIVER", "status": "IN_USE", "responsibleUnitId": "U",
                   "zones": [{"level": "FIRST", "approvedOn": "2018-06-25"}, {"level": "SECOND", "approvedOn": "2018-06-26"},
                             {"level": "QUASI"}]}],
                 "problems": [
                   {"id": "PR-D", "serialNo": 1, "waterSourceId": "W", "zoneLevel": "FIRST", "category": "OTHER",
                    "status": "OPEN", "identifiedOn": "2018-06-25", "responsibleUnitId": "U",
                    "extensions": [{"newDeadline": "2018-08-31", "approvedOn": "2018-06-25"},
                                   {"newDeadline": "2018-09-30", "approvedOn": "2018-06-26"},
                                   {"newDeadline": "2018-10-31"}],
                    "filings": [{"unitId": "U", "filedOn": "2018-06-25"}, {"unitId": "U", "filedOn": "2018-06-26"}, {"unitId": "U"}]},
                   {"id": "PR-LATER", "serialNo": 2, "waterSourceId": "W", "zoneLevel": "FIRST", "category": "OTHER",
                    "status": "OPEN", "identifiedOn": "2018-06-26", "responsibleUnitId": "U"}],
                 "plans": [{"id": "PL-D", "waterSourceId": "W", "approvedOn": "2018-06-25"},
                           {"id": "PL-LATER", "waterSourceId": "W", "approvedOn": "2018-06-26"},
                           {"id": "PL-UNDATED", "waterSourceId": "W"}],
                 "inspections": [{"id": "I-D", "type": "PATROL", "waterSourceId": "W", "date": "2018-06-25"},
                                 {"id": "I-LATER", "type": "PATROL", "waterSourceId": "W", "date": "2018-06-26"}],
                 "evidence": [
                   {"id": "E-SUBMITTED-D", "kind": "PLAN", "waterSourceId": "W", "capturedAt": "2018-06-01T10:00:00+08:00", "submittedOn": "2018-06-25"},
                   {"id": "E-SUBMITTED-LATER", "kind": "PLAN", "waterSourceId": "W", "capturedAt": "2018-06-01T10:00:00+08:00", "submittedOn": "2018-06-26"},
                   {"id": "E-CAPTURED-D-LOCAL", "kind": "PLAN", "waterSourceId": "W", "capturedAt": "2018-06-25T15:59:59Z"},
                   {"id": "E-CAPTURED-LATER-LOCAL", "kind": "PLAN", "waterSourceId": "W", "capturedAt": "2018-06-25T16:00:00Z"},
                   {"id": "E-UNDATED", "kind": "PLAN", "waterSourceId": "W"}],
                 "monthlyReports": [{"id": "M-D", "unitId": "U", "period": "2018-06", "submittedOn": "2018-06-25"},
                                    {"id": "M-LATER", "unitId": "U", "period": "2018-06", "submittedOn": "2018-06-26"},
                                    {"id": "M-UNDATED", "unitId": "U", "period": "2018-07"}],
                 "summaryReports": [{"id": "S-D", "unitId": "U", "submittedOn": "2018-06-25"},
                                    {"id": "S-LATER", "unitId": "U", "submittedOn": "2018-06-26"}],
                 "disclosures": [{"period": "2018-05", "publishedOn": "2018-06-25"}, {"period": "2018-06", "publishedOn": "2018-06-26"},
                                 {"period": "2018-07"}],
                 "samples": [{"id": "SA-D", "waterSourceId": "W", "sampledOn": "2018-06-25", "values": {}},
                             {"id": "SA-LATER", "waterSourceId": "W", "sampledOn": "2018-06-26", "values": {}}],
                 "accountability": [
                   {"id": "A-D", "targetUnitId": "U", "measure": "REFERRAL", "reason": "FALSIFICATION", "decidedOn": "2018-06-25"},
                   {"id": "A-LATER", "targetUnitId": "U", "measure": "REFERRAL", "reason": "FALSIFICATION", "decidedOn": "2018-06-26"}]}""");
        view = file.asOf(D);
    }

    @Test
    void problems_identified_after_D_do_not_exist() {
        assertThat(view.problems()).extracting(Problem::id).containsExactly("PR-D");
    }

    @Test
    void extensions_approved_after_D_do_not_exist_and_undated_ones_do() {
        assertThat(view.problems().get(0).extensions()).extracting(e -> e.newDeadline().toString())
                .containsExactly("2018-08-31", "2018-10-31");
    }

    @Test
    void filings_after_D_do_not_exist_and_undated_ones_do() {
        assertThat(view.problems().get(0).filings()).extracting(f -> String.valueOf(f.filedOn()))
                .containsExactly("2018-06-25", "null");
    }

    @Test
    void zones_approved_after_D_do_not_exist_and_unapproved_ones_do() {
        assertThat(view.waterSources().get(0).zones()).extracting(Zone::level).extracting(Enum::name)
                .containsExactly("FIRST", "QUASI");
    }

    @Test
    void plans_approved_after_D_do_not_exist() {
        assertThat(view.plans()).extracting(Plan::id).containsExactly("PL-D", "PL-UNDATED");
    }

    @Test
    void inspections_after_D_do_not_exist() {
        assertThat(view.inspections()).extracting(Inspection::id).containsExactly("I-D");
    }

    @Test
    void evidence_exists_from_its_submission_else_from_its_capture_date_at_plus_eight() {
        assertThat(view.evidence()).extracting(Evidence::id)
                .containsExactly("E-SUBMITTED-D", "E-CAPTURED-D-LOCAL", "E-UNDATED");
    }

    @Test
    void reports_disclosures_samples_and_accountability_after_D_do_not_exist() {
        assertThat(view.monthlyReports()).extracting(MonthlyReport::id).containsExactly("M-D", "M-UNDATED");
        assertThat(view.summaryReports()).extracting(SummaryReport::id).containsExactly("S-D");
        assertThat(view.disclosures()).extracting(Disclosure::period).containsExactly(YearMonth.of(2018, 5), YearMonth.of(2018, 7));
        assertThat(view.samples()).extracting(Sample::id).containsExactly("SA-D");
        assertThat(view.accountability()).extracting(AccountabilityRecord::id).containsExactly("A-D");
    }

    @Test
    void undated_things_stay_whatever_their_other_dates() {
        assertThat(view.campaign()).isEqualTo(file.campaign());
        assertThat(view.units()).isEqualTo(file.units());
        assertThat(view.people()).isEqualTo(file.people());
        assertThat(view.jurisdiction()).isEqualTo(file.jurisdiction());
    }

    @Test
    void the_view_of_a_late_enough_day_is_the_whole_file() {
        assertThat(file.asOf(LocalDate.of(2018, 12, 31))).isEqualTo(file);
    }

    @Test
    void the_file_itself_is_not_changed() {
        assertThat(file.problems()).hasSize(2);
        assertThat(file.problems().get(0).extensions()).hasSize(3);
    }
}
