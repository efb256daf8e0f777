package io.github.shuiyuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

    private static Finding finding(String ruleId, String subjectId, String ref) {
        return new Finding(ruleId, "t", "c", Severity.MINOR, SubjectType.PROBLEM, subjectId, ref, null, null, "m");
    }

    @Test
    void orders_by_rule_then_subject_then_ref_with_absent_ref_first() {
        List<Finding> findings = new ArrayList<>(List.of(
                finding("PRB-01", "P-2", null),
                finding("DAT-01", "P-1", "ZON-01"),
                finding("PRB-01", "P-1", "2018-07"),
                finding("PRB-01", "P-1", null),
                finding("DAT-01", "P-1", "SGN-01"),
                finding("PRB-01", "P-1", "2018-06")));

        findings.sort(Finding.ORDER);

        assertThat(findings).extracting(f -> f.ruleId() + "/" + f.subjectId() + "/" + f.ref()).containsExactly(
                "DAT-01/P-1/SGN-01", "DAT-01/P-1/ZON-01", "PRB-01/P-1/null", "PRB-01/P-1/2018-06",
                "PRB-01/P-1/2018-07", "PRB-01/P-2/null");
    }

    @Test
    void agrees_with_the_chained_comparator_it_replaces() {
        Comparator<Finding> chained = Comparator.comparing(Finding::ruleId).thenComparing(Finding::subjectId)
                .thenComparing(Finding::ref, Comparator.nullsFirst(Comparator.naturalOrder()));
        List<Finding> all = new ArrayList<>();
        for (String rule : List.of("A", "B")) {
            for (String subject : List.of("1", "2")) {
                for (String ref : new String[] {null, "x", "y"}) {
                    all.add(finding(rule, subject, ref));
                }
            }
        }
        for (Finding a : all) {
            for (Finding b : all) {
                assertThat(Integer.signum(Finding.ORDER.compare(a, b)))
                        .as("%s vs %s", a.key(), b.key())
                        .isEqualTo(Integer.signum(chained.compare(a, b)));
            }
        }
    }
}
