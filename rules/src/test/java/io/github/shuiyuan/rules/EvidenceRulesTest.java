package io.github.shuiyuan.rules;

import static io.github.shuiyuan.testing.CaseFiles.at;
import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.testing.CaseDraft;
import io.github.shuiyuan.testing.CaseFiles;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** 佐证: EVD-01 … EVD-04 and their missing-data companions. */
class EvidenceRulesTest {

    static final LocalDate D = LocalDate.of(2018, 6, 25);
    static final String HASH = CaseFiles.sha256("同一张照片");

    /** Two problems of WS-A, both identified on 2018-03-01. */
    private static CaseDraft twoProblems() {
        return CaseFiles.healthy().problem("PRB-1", 1).problem("PRB-2", 2);
    }

    private static UnaryOperator<Evidence.Builder> photo(String problemId, String kind, String capturedAt) {
        return e -> e.problemId(problemId).kind(EvidenceKind.valueOf(kind)).capturedAt(at(capturedAt))
                .submittedOn(date("2018-06-20"));
    }

    private static UnaryOperator<Evidence.Builder> hashed(String problemId, String sha256) {
        return e -> e.problemId(problemId).kind(EvidenceKind.PHOTO_AFTER).sha256(sha256)
                .capturedAt(at("2018-06-01T10:00:00+08:00"))
                .submittedOn(date("2018-06-02"));
    }

    @Test
    void evd01_fires_for_every_item_whose_hash_another_problem_uses_comparing_case_insensitively() {
        CaseDraft shared = twoProblems()
                .evidence("EV-1", hashed("PRB-1", HASH.toUpperCase()))
                .evidence("EV-2", hashed("PRB-2", HASH))
                .evidence("EV-3", hashed("PRB-1", CaseFiles.sha256("另一张照片")));
        Verify.rule("EVD-01").given(shared).asOf(D).firesExactlyFor("EV-1", "EV-2")
                .withMessageContaining("EV-1", "EV-2（PRB-2）");
    }

    @Test
    void evd01_the_same_hash_within_one_problem_or_on_source_papers_is_not_reuse() {
        Verify.rule("EVD-01").given(twoProblems()
                .evidence("EV-1", hashed("PRB-1", HASH)).evidence("EV-2", hashed("PRB-1", HASH))).asOf(D).doesNotFire();
        Verify.rule("EVD-01").given(twoProblems().evidence("EV-1", hashed("PRB-1", HASH))
                        .evidence("EV-2", e -> e.waterSourceId("WS-A").kind(EvidenceKind.APPROVAL).sha256(HASH)))
                .asOf(D).doesNotFire();
    }

    @Test
    void evd01_evidence_submitted_after_D_does_not_exist_yet() {
        CaseDraft later = twoProblems().evidence("EV-1", hashed("PRB-1", HASH)).evidence("EV-2", hashed("PRB-2", HASH))
                .changeEvidence("EV-2", e -> e.submittedOn(date("2018-06-26")));
        Verify.rule("EVD-01").given(later).asOf(D).doesNotFire();
        Verify.rule("EVD-01").given(later).asOf(D.plusDays(1)).firesExactlyFor("EV-1", "EV-2");
    }

    @Test
    void evd02_an_after_photo_taken_the_evening_before_identification_fires_and_0030_local_on_the_day_does_not() {
        Verify.rule("EVD-02").given(twoProblems()
                .evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-02-28T23:59:00+08:00")))
                .asOf(D).firesExactlyFor("EV-A").withMessageContaining("EV-A", "2018-02-28 23:59", "2018-03-01");
        Verify.rule("EVD-02").given(twoProblems().evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-02-28T16:30:00Z")))
                .asOf(D).doesNotFire();
    }

    /** PRB-1 with before-photos taken on 2018-03-02 and 2018-03-05 at 10:00 (+08:00). */
    private static CaseDraft beforePhotos() {
        return twoProblems()
                .evidence("EV-B1", photo("PRB-1", "PHOTO_BEFORE", "2018-03-02T10:00:00+08:00"))
                .evidence("EV-B2", photo("PRB-1", "PHOTO_BEFORE", "2018-03-05T10:00:00+08:00"));
    }

    @Test
    void evd02_an_after_photo_taken_before_the_latest_before_photo_fires_and_one_at_the_same_instant_does_not() {
        Verify.rule("EVD-02").given(beforePhotos()
                .evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-03-05T09:59:59+08:00")))
                .asOf(D).firesExactlyFor("EV-A").withMessageContaining("EV-A", "EV-B2", "2018-03-05 10:00");
        Verify.rule("EVD-02").given(beforePhotos().evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-03-05T02:00:00Z")))
                .asOf(D).doesNotFire();
    }

    @Test
    void evd02_only_looks_at_the_before_photos_of_the_same_problem() {
        Verify.rule("EVD-02").given(twoProblems()
                        .evidence("EV-B", photo("PRB-2", "PHOTO_BEFORE", "2018-03-05T10:00:00+08:00"))
                        .evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-03-04T10:00:00+08:00")))
                .asOf(D).doesNotFire();
    }

    @Test
    void evd02_an_undated_after_photo_or_an_undated_before_photo_is_missing_data() {
        CaseDraft undatedAfter = twoProblems().evidence("EV-A", e -> e.problemId("PRB-1").kind(EvidenceKind.PHOTO_AFTER)
                .submittedOn(date("2018-06-20")));
        Verify.rule("EVD-02").given(undatedAfter).asOf(D).doesNotFire();
        Verify.missingData("EVD-02").given(undatedAfter).asOf(D).firesExactlyFor("EV-A")
                .withMessageContaining("EV-A", "capturedAt");
        CaseDraft undatedBefore = twoProblems()
                .evidence("EV-B", e -> e.problemId("PRB-1").kind(EvidenceKind.PHOTO_BEFORE).submittedOn(date("2018-03-02")))
                .evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-06-01T10:00:00+08:00"));
        Verify.missingData("EVD-02").given(undatedBefore).asOf(D).firesExactlyFor("EV-A")
                .withMessageContaining("EV-A", "evidence[PHOTO_BEFORE].capturedAt");
        Verify.missingData("EVD-02").given(twoProblems()
                .evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-06-01T10:00:00+08:00")))
                .asOf(D).doesNotFire();
    }

    @Test
    void evd03_a_capture_the_day_after_submission_fires_and_on_the_day_does_not() {
        Verify.rule("EVD-03").given(twoProblems()
                .evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-06-21T08:00:00+08:00")))
                .asOf(D).firesExactlyFor("EV-A").withMessageContaining("EV-A", "2018-06-21 08:00", "2018-06-20");
        Verify.rule("EVD-03").given(twoProblems()
                .evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-06-20T23:59:00+08:00")))
                .asOf(D).doesNotFire();
    }

    @Test
    void evd03_compares_the_local_date_a_capture_on_the_submission_day_in_utc_is_the_next_day_at_0800() {
        Verify.rule("EVD-03").given(twoProblems().evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-06-20T16:30:00Z")))
                .asOf(D).firesExactlyFor("EV-A");
        Verify.rule("EVD-03").given(twoProblems().evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-06-20T15:30:00Z")))
                .asOf(D).doesNotFire();
    }

    @Test
    void evd03_a_capture_after_D_fires_and_one_late_on_D_does_not() {
        Function<String, UnaryOperator<Evidence.Builder>> submittedOnD = capturedAt -> e -> e.problemId("PRB-1")
                .kind(EvidenceKind.PHOTO_AFTER).capturedAt(at(capturedAt)).submittedOn(D);
        Verify.rule("EVD-03").given(twoProblems().evidence("EV-A", submittedOnD.apply("2018-06-25T16:30:00Z")))
                .asOf(D).firesExactlyFor("EV-A").withMessageContaining("EV-A", "2018-06-26 00:30", "评估日期");
        Verify.rule("EVD-03").given(twoProblems().evidence("EV-A", submittedOnD.apply("2018-06-25T23:30:00+08:00")))
                .asOf(D).doesNotFire();
    }

    @Test
    void evd03_evidence_without_capture_time_is_missing_data() {
        CaseDraft undated = twoProblems().evidence("EV-A", e -> e.problemId("PRB-1").kind(EvidenceKind.DEMOLITION_RECORD)
                .submittedOn(date("2018-06-20")));
        Verify.rule("EVD-03").given(undated).asOf(D).doesNotFire();
        Verify.missingData("EVD-03").given(undated).asOf(D).firesExactlyFor("EV-A");
        Verify.missingData("EVD-03").given(twoProblems()
                .evidence("EV-A", photo("PRB-1", "PHOTO_AFTER", "2018-06-20T10:00:00+08:00")))
                .asOf(D).doesNotFire();
    }

    @Test
    void evd04_fires_for_evidence_without_hash_or_a_blank_one() {
        Verify.rule("EVD-04").given(twoProblems()
                        .evidence("EV-1", e -> e.problemId("PRB-1").kind(EvidenceKind.VIDEO).sha256(null))
                        .evidence("EV-2", e -> e.waterSourceId("WS-A").kind(EvidenceKind.APPROVAL).sha256("  "))
                        .evidence("EV-3", e -> e.problemId("PRB-1").kind(EvidenceKind.VIDEO)))
                .asOf(D).firesExactlyFor("EV-1", "EV-2");
    }

    @Test
    void evd04_findings_name_the_source_and_the_answerable_unit() {
        var result = Verify.rule("EVD-04").given(twoProblems()
                        .evidence("EV-2", e -> e.waterSourceId("WS-A").kind(EvidenceKind.APPROVAL).sha256("")))
                .asOf(D).firesExactlyFor("EV-2");
        assertThat(result.findings().get(0).waterSourceId()).isEqualTo("WS-A");
        assertThat(result.findings().get(0).unitId()).isEqualTo("SD-A");
    }
}
