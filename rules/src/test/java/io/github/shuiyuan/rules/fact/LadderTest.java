package io.github.shuiyuan.rules.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LadderTest {

    static final LocalDate D = LocalDate.of(2018, 9, 1);
    static final Thresholds T = new Thresholds(Map.of(
            "acc.firstRung", "CIRCULATED_CRITICISM",
            "acc.firstRung.FALSIFICATION", "PUBLIC_INTERVIEW",
            "acc.quietDays", "30"));

    static AccountabilityRecord record(AccountabilityMeasure measure, AccountabilityReason reason, String decidedOn) {
        return new AccountabilityRecord("ACC-X", "SD-A", null, measure, reason, LocalDate.parse(decidedOn), "");
    }

    @Test
    void without_an_earlier_measure_the_reason_starts_on_its_first_rung() {
        assertThat(Ladder.next(List.of(), AccountabilityReason.SLOW_PROGRESS, D, T))
                .isEqualTo(AccountabilityMeasure.CIRCULATED_CRITICISM);
        assertThat(Ladder.next(List.of(), AccountabilityReason.FALSIFICATION, D, T))
                .isEqualTo(AccountabilityMeasure.PUBLIC_INTERVIEW);
    }

    @Test
    void exactly_thirty_days_later_climbs_one_rung_and_twenty_nine_days_is_still_being_handled() {
        var criticised = record(AccountabilityMeasure.CIRCULATED_CRITICISM, AccountabilityReason.SLOW_PROGRESS, "2018-08-02");
        assertThat(Ladder.next(List.of(criticised), AccountabilityReason.SLOW_PROGRESS, D, T))
                .isEqualTo(AccountabilityMeasure.PUBLIC_INTERVIEW);
        var recent = record(AccountabilityMeasure.CIRCULATED_CRITICISM, AccountabilityReason.SLOW_PROGRESS, "2018-08-03");
        assertThat(Ladder.next(List.of(recent), AccountabilityReason.SLOW_PROGRESS, D, T)).isNull();
    }

    @Test
    void the_most_severe_earlier_measure_of_the_same_reason_decides_and_referral_stays_referral() {
        var interview = record(AccountabilityMeasure.PUBLIC_INTERVIEW, AccountabilityReason.SLOW_PROGRESS, "2018-06-01");
        var laterCriticism = record(AccountabilityMeasure.CIRCULATED_CRITICISM, AccountabilityReason.SLOW_PROGRESS, "2018-07-01");
        var otherReason = record(AccountabilityMeasure.REFERRAL, AccountabilityReason.FALSIFICATION, "2018-06-01");
        assertThat(Ladder.next(List.of(interview, laterCriticism, otherReason), AccountabilityReason.SLOW_PROGRESS, D, T))
                .isEqualTo(AccountabilityMeasure.REFERRAL);
        var referral = record(AccountabilityMeasure.REFERRAL, AccountabilityReason.SLOW_PROGRESS, "2018-01-01");
        assertThat(Ladder.next(List.of(referral), AccountabilityReason.SLOW_PROGRESS, D, T))
                .isEqualTo(AccountabilityMeasure.REFERRAL);
    }

    @Test
    void a_measure_decided_after_D_does_not_count() {
        var future = record(AccountabilityMeasure.PUBLIC_INTERVIEW, AccountabilityReason.SLOW_PROGRESS, "2018-09-02");
        assertThat(Ladder.next(List.of(future), AccountabilityReason.SLOW_PROGRESS, D, T))
                .isEqualTo(AccountabilityMeasure.CIRCULATED_CRITICISM);
    }
}
