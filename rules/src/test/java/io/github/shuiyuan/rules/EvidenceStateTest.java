package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.at;
import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.rules.fact.EvidenceState;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link EvidenceState}: hashes compared as text, captures read at +08:00; and {@link CloseOutCondition} texts. */
class EvidenceStateTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);

    private static List<EvidenceState> states(CaseDraft builder) {
        return EvidenceState.of(builder.build().asOf(D), D);
    }

    @Test
    void hashes_compare_ignoring_case_and_surrounding_blanks() {
        List<EvidenceState> states = states(CaseFiles.healthy().problem("PRB-1", 1).problem("PRB-2", 2)
                .evidence("EV-1", e -> e.problemId("PRB-1").kind(EvidenceKind.VIDEO).sha256(" ABC "))
                .evidence("EV-2", e -> e.problemId("PRB-2").kind(EvidenceKind.VIDEO).sha256("abc"))
                .evidence("EV-3", e -> e.problemId("PRB-2").kind(EvidenceKind.VIDEO).sha256(" ")));
        assertThat(EvidenceState.hashKey(states.get(0).evidence())).isEqualTo("abc");
        assertThat(states.get(0).twinsText()).isEqualTo("EV-2（PRB-2）");
        assertThat(states.get(2).isHashless()).isTrue();
        assertThat(states.get(2).isHashShared()).isFalse();
    }

    @Test
    void an_after_photo_proves_rectification_from_the_local_rectification_day_to_D() {
        Function<String, UnaryOperator<Evidence.Builder>> photo = capturedAt -> e -> e.problemId("PRB-1")
                .kind(EvidenceKind.PHOTO_AFTER).capturedAt(at(capturedAt));
        CaseDraft builder = CaseFiles.healthy().problem("PRB-1", 1, p -> p.status(ProblemStatus.RECTIFIED)
                .rectifiedOn(date("2018-05-28")))
                .evidence("EV-1", photo.apply("2018-05-27T16:00:00Z"))
                .evidence("EV-2", photo.apply("2018-05-27T15:59:59Z"))
                .evidence("EV-3", photo.apply("2018-06-25T15:59:59Z"));
        assertThat(states(builder)).extracting(EvidenceState::provesRectification).containsExactly(true, false, true);
    }

    @Test
    void unmet_conditions_are_described_in_id_order_with_their_meaning() {
        assertThat(CloseOutCondition.describe(List.of("CLO-04", "CLO-02", "CLO-99")))
                .isEqualTo("CLO-02（缺少整治前照片）、CLO-04（尚未回头看）、CLO-99");
    }

    @Test
    void clo04_is_worded_after_the_look_back_since_the_rectification() {
        assertThat(CloseOutCondition.words(List.of("CLO-04", "CLO-03"), LookBackOutcome.RECURRED))
                .isEqualTo("缺少整治后照片、回头看发现反弹");
        assertThat(CloseOutCondition.words(List.of("CLO-04"), LookBackOutcome.NOT_RECTIFIED)).isEqualTo("回头看发现未整改到位");
        assertThat(CloseOutCondition.words(List.of("CLO-04"), LookBackOutcome.HELD)).isEqualTo("尚未回头看");
        assertThat(CloseOutCondition.words(List.of("CLO-04"), null)).isEqualTo("尚未回头看");
    }
}
