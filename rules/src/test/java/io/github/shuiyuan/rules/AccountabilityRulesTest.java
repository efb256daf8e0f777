package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 问责: ACC-01 … ACC-04 and the ladder, driven by the findings of other rules. */
class AccountabilityRulesTest {

    static final LocalDate D = LocalDate.of(2018, 9, 1);

    static List<AccountabilityTrigger> triggers(CaseBuilder builder, LocalDate asOf, String ruleId) {
        return Verify.assess(builder.build(), asOf).accountability().stream()
                .filter(t -> t.ruleId().equals(ruleId)).toList();
    }

    /** PRB-1 of SD-A closed on 2018-07-01 although the look-back of 2018-06-20 found it back. */
    static CaseBuilder closedOverRecurrence() {
        return CaseBuilder.base()
                .problem("PRB-1", 1, """
                        {"status": "CLOSED", "rectifiedOn": "2018-05-01", "closedOn": "2018-07-01",
                         "measures": "封堵", "result": "已封堵"}""")
                .add("inspections", """
                        {"id": "INS-1", "type": "LOOK_BACK", "waterSourceId": "WS-A", "date": "2018-06-20",
                         "results": [{"problemId": "PRB-1", "outcome": "RECURRED"}]}""");
    }

    @Test
    void acc03_closing_out_a_recurred_problem_calls_for_a_public_interview_of_its_unit_and_person() {
        List<AccountabilityTrigger> acc03 = triggers(closedOverRecurrence(), D, "ACC-03");
        assertThat(acc03).containsExactly(new AccountabilityTrigger("ACC-03", "SD-A", "PER-A",
                AccountabilityReason.FALSIFICATION, AccountabilityMeasure.PUBLIC_INTERVIEW, List.of("PRB-1")));
    }

    @Test
    void acc03_stays_quiet_when_the_look_back_before_close_out_held() {
        CaseBuilder held = closedOverRecurrence().add("inspections", """
                {"id": "INS-2", "type": "LOOK_BACK", "waterSourceId": "WS-A", "date": "2018-06-30",
                 "results": [{"problemId": "PRB-1", "outcome": "HELD"}]}""");
        assertThat(triggers(held, D, "ACC-03")).isEmpty();
    }

    @Test
    void acc03_a_measure_being_handled_is_not_raised_again_and_one_handled_long_enough_climbs() {
        CaseBuilder recent = closedOverRecurrence().add("accountability", """
                {"id": "ACC-R1", "targetUnitId": "SD-A", "measure": "PUBLIC_INTERVIEW", "reason": "FALSIFICATION",
                 "decidedOn": "2018-08-03"}""");
        assertThat(triggers(recent, D, "ACC-03")).isEmpty();
        assertThat(triggers(recent, D.plusDays(1), "ACC-03")).singleElement()
                .extracting(AccountabilityTrigger::measure).isEqualTo(AccountabilityMeasure.REFERRAL);
    }
}
