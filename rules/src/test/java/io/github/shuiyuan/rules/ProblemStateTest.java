package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.Extension;
import io.github.shuiyuan.rules.fact.ProblemState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deadline, extension and filing helpers of {@link ProblemState}. */
class ProblemStateTest {

    static final LocalDate D = LocalDate.of(2018, 8, 1);

    private static ProblemState state(String fields, LocalDate asOf) {
        CaseFile view = CaseBuilder.base().problem("PRB-1", 1, fields).build().asOf(asOf);
        return new ProblemState(view.problems().get(0), asOf, List.of(), false);
    }

    private static Extension extension(String approvedOn, String newDeadline) {
        return new Extension(LocalDate.parse(newDeadline), LocalDate.parse(approvedOn), "GOV-OFFICE", null);
    }

    @Test
    void the_deadline_before_an_extension_is_the_one_the_earlier_extensions_left() {
        ProblemState p = state("""
                {"deadline": "2018-06-30", "extensions": [
                  {"newDeadline": "2018-07-15", "approvedOn": "2018-06-20"},
                  {"newDeadline": "2018-08-31", "approvedOn": "2018-07-16"}]}""", D);
        assertThat(p.deadlineBefore(extension("2018-06-20", "2018-07-15"))).isEqualTo("2018-06-30");
        assertThat(p.deadlineBefore(extension("2018-07-16", "2018-08-31"))).isEqualTo("2018-07-15");
        assertThat(p.lateExtensions()).extracting(Extension::approvedOn).containsExactly(LocalDate.of(2018, 7, 16));
        assertThat(p.effectiveDeadline()).isEqualTo("2018-08-31");
        assertThat(p.isOverdue()).isFalse();
    }

    @Test
    void overdue_is_strictly_after_the_deadline_and_unknown_without_one() {
        assertThat(state("{\"deadline\": \"2018-07-31\"}", D).isOverdue()).isTrue();
        assertThat(state("{\"deadline\": \"2018-08-01\"}", D).isOverdue()).isFalse();
        assertThat(state("{\"deadline\": \"2018-08-01\"}", D).overdueGap()).isNull();
        assertThat(state("{\"deadline\": null}", D).overdueGap()).isEqualTo("deadline");
        assertThat(state("""
                {"deadline": "2018-07-31", "extensions": [{"approvedOn": "2018-07-01"}]}""", D).overdueGap())
                .isEqualTo("extensions[].newDeadline");
    }

    @Test
    void filings_count_from_the_close_out_day_and_undated_ones_are_told_apart() {
        ProblemState p = state("""
                {"status": "CLOSED", "rectifiedOn": "2018-06-01", "closedOn": "2018-06-10", "filings": [
                  {"unitId": "DEPT-EPB", "filedOn": "2018-06-10"}, {"unitId": "DEPT-HOUSING", "filedOn": "2018-06-09"},
                  {"unitId": "GOV-OFFICE"}]}""", D);
        List<String> units = List.of("DEPT-EPB", "DEPT-HOUSING", "GOV-OFFICE", "SD-B");
        assertThat(p.unitsNotFiledWith(units)).containsExactly("DEPT-HOUSING", "SD-B");
        assertThat(p.unitsWithUndatedFiling(units)).containsExactly("GOV-OFFICE");
    }

    @Test
    void serials_are_listed_in_order() {
        CaseFile view = CaseBuilder.base().problem("PRB-3", 3, "{}").problem("PRB-1", 1, "{}").build();
        List<ProblemState> states = view.problems().stream().map(p -> new ProblemState(p, D, List.of(), false)).toList();
        assertThat(ProblemState.serials(states)).isEqualTo("问题序号1、3");
    }
}
