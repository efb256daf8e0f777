package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence read as of D with what its integrity checks (弄虚作假 signals) need: its problem,
 * the latest before-photo of that problem, and the evidence of other problems that carries the same hash.
 * Capture instants are compared as instants, and as dates at +08:00 against dates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param evidence           the evidence as recorded (evidence submitted after D is already left out)
 * @param problem            the problem it belongs to, or null for a source's papers
 * @param unitId             the unit answerable for it: the problem's responsible unit, else the source's
 * @param asOfDate           D
 * @param latestBeforePhoto  the problem's PHOTO_BEFORE with the latest capture time, or null
 * @param undatedBeforePhoto whether the problem has a PHOTO_BEFORE without capture time
 * @param twins              evidence of other problems with the same hash, by id
 */
public record EvidenceState(Evidence evidence, @Nullable Problem problem, @Nullable String unitId, LocalDate asOfDate,
                            @Nullable Evidence latestBeforePhoto, boolean undatedBeforePhoto, List<Evidence> twins) {

    public EvidenceState {
        twins = twins.size() < 2 ? List.copyOf(twins) : twins.stream().sorted(Comparator.comparing(Evidence::id)).toList();
    }

    /** An evidence state for every piece of evidence of the case file as it stood on D. */
    public static List<EvidenceState> of(CaseFile view, LocalDate asOfDate) {
        Map<String, Problem> problems = view.problems().stream().collect(Collectors.toMap(Problem::id, Function.identity()));
        Map<String, WaterSource> sources = view.waterSources().stream()
                .collect(Collectors.toMap(WaterSource::id, Function.identity()));
        // one pass, no list per problem or per hash: a province has tens of thousands of photos, nearly all unique
        Map<String, Evidence> latestBefore = new HashMap<>();
        Set<String> undatedBefore = new HashSet<>();
        Map<String, Evidence> firstWithHash = new HashMap<>();
        Map<String, List<Evidence>> sharedHash = new HashMap<>();
        for (Evidence e : view.evidence()) {
            if (e.problemId() == null) {
                continue;
            }
            if (e.kind() == EvidenceKind.PHOTO_BEFORE) {
                if (e.capturedAt() == null) {
                    undatedBefore.add(e.problemId());
                } else {
                    latestBefore.merge(e.problemId(), e, EvidenceState::later);
                }
            }
            if (e.hasHash()) {
                Evidence first = firstWithHash.putIfAbsent(hashKey(e), e);
                if (first != null) {
                    sharedHash.computeIfAbsent(hashKey(e), k -> new ArrayList<>(List.of(first))).add(e);
                }
            }
        }
        List<EvidenceState> states = new ArrayList<>(view.evidence().size());
        for (Evidence e : view.evidence()) {
            Problem problem = e.problemId() == null ? null : problems.get(e.problemId());
            List<Evidence> sameHash = e.problemId() == null || !e.hasHash() ? List.of()
                    : sharedHash.getOrDefault(hashKey(e), List.of());
            List<Evidence> twins = sameHash.isEmpty() ? List.of()
                    : sameHash.stream().filter(o -> !e.problemId().equals(o.problemId())).toList();
            states.add(new EvidenceState(e, problem, unitId(e, problem, sources), asOfDate,
                    e.problemId() == null ? null : latestBefore.get(e.problemId()),
                    e.problemId() != null && undatedBefore.contains(e.problemId()), twins));
        }
        return List.copyOf(states);
    }

    /** The hash as compared: stripped and in lower case; null when blank. */
    public static @Nullable String hashKey(Evidence evidence) {
        return evidence.hasHash() ? evidence.sha256().strip().toLowerCase(Locale.ROOT) : null;
    }

    public String id() {
        return evidence.id();
    }

    public @Nullable String problemId() {
        return evidence.problemId();
    }

    public EvidenceKind kind() {
        return evidence.kind();
    }

    /**
     * The source whose archive holds this evidence: the evidence's own source, null for a problem's evidence.
     * Rules about a source's archive (MGT-02, MGT-03) match on this, not on {@link #waterSourceId()}.
     */
    public @Nullable String archiveSourceId() {
        return evidence.waterSourceId();
    }

    /** The evidence's source, else its problem's. */
    public @Nullable String waterSourceId() {
        if (evidence.waterSourceId() != null) {
            return evidence.waterSourceId();
        }
        return problem == null ? null : problem.waterSourceId();
    }

    /** The evidence named for messages: {@code 佐证材料EV-1（整治后照片，问题序号3）}. */
    public String describe() {
        return "佐证材料" + id() + "（" + kind().label() + (problem == null ? "" : "，问题序号" + problem.serialNo()) + "）";
    }

    /** The capture date at +08:00, or null. */
    public @Nullable LocalDate capturedOn() {
        return evidence.capturedOn();
    }

    /** Whether the capture time is absent. */
    public boolean isUndated() {
        return evidence.capturedAt() == null;
    }

    // EVD-01, EVD-04

    /** Whether no hash was given (blank counts as none). */
    public boolean isHashless() {
        return !evidence.hasHash();
    }

    /** Whether evidence of another problem carries the same hash. */
    public boolean isHashShared() {
        return !twins.isEmpty();
    }

    /**
     * A copy, for close-out (CLO-02, CLO-03): evidence of another problem with the same hash exists from the same
     * day or earlier ({@code submittedOn}, else the capture date). Only an item strictly earlier than every other
     * problem's copy keeps its worth; items tied for earliest all lose it. A copy whose day is unknown, or an item
     * whose own day is unknown, cannot be ordered and does not count against it.
     */
    public boolean isDuplicate() {
        LocalDate mine = evidence.existsFrom();
        return mine != null && twins.stream().map(Evidence::existsFrom).anyMatch(d -> d != null && !d.isAfter(mine));
    }

    /** The evidence of other problems with the same hash, for messages: {@code EV-2（PRB-2）、EV-5（PRB-4）}. */
    public String twinsText() {
        return twins.stream().map(t -> t.id() + "（" + t.problemId() + "）").collect(Collectors.joining("、"));
    }

    // EVD-02 and close-out condition CLO-03

    /** Whether this is an after-photo of a problem. */
    public boolean isAfterPhoto() {
        return kind() == EvidenceKind.PHOTO_AFTER && problem != null;
    }

    /** An after-photo captured (date at +08:00) before the problem was identified. */
    public boolean isCapturedBeforeIdentified() {
        return isAfterPhoto() && capturedOn() != null && capturedOn().isBefore(problem.identifiedOn());
    }

    /** An after-photo captured (instant) before the problem's latest before-photo. */
    public boolean isCapturedBeforeBeforePhoto() {
        return isAfterPhoto() && !isUndated() && latestBeforePhoto != null
                && evidence.capturedAt().isBefore(latestBeforePhoto.capturedAt());
    }

    /** An after-photo taken before the problem existed or before its before-photo. */
    public boolean isOutOfSequence() {
        return isCapturedBeforeIdentified() || isCapturedBeforeBeforePhoto();
    }

    /** Why the after-photo is out of sequence, in Chinese (both reasons when both hold). */
    public String outOfSequenceText() {
        String captured = "拍摄于" + localText(evidence.capturedAt());
        String beforeIdentified = isCapturedBeforeIdentified() ? "早于问题发现日期" + problem.identifiedOn() : null;
        String beforeBefore = isCapturedBeforeBeforePhoto()
                ? "早于整治前照片" + latestBeforePhoto.id() + "的拍摄时间" + localText(latestBeforePhoto.capturedAt()) : null;
        return captured + "，" + Stream.of(beforeIdentified, beforeBefore).filter(Objects::nonNull).collect(Collectors.joining("，且"));
    }

    /**
     * The field that keeps EVD-02 from judging an after-photo that is not out of sequence on what is known:
     * its own {@code capturedAt}, or a before-photo's that might be later; null when the answer is known.
     */
    public @Nullable String sequenceGap() {
        if (!isAfterPhoto() || isOutOfSequence()) {
            return null;
        }
        if (isUndated()) {
            return "capturedAt";
        }
        return undatedBeforePhoto ? "evidence[PHOTO_BEFORE].capturedAt" : null;
    }

    /** CLO-03: an after-photo captured (date at +08:00) on or after the problem's rectification and on or before D. */
    public boolean provesRectification() {
        LocalDate rectifiedOn = problem == null ? null : problem.rectifiedOn();
        return isAfterPhoto() && rectifiedOn != null && capturedOn() != null
                && !capturedOn().isBefore(rectifiedOn) && !capturedOn().isAfter(asOfDate);
    }

    // EVD-03

    /** Captured (date at +08:00) after the day it was submitted. */
    public boolean isCapturedAfterSubmission() {
        return capturedOn() != null && evidence.submittedOn() != null && capturedOn().isAfter(evidence.submittedOn());
    }

    /** Captured (date at +08:00) after D. */
    public boolean isCapturedAfterAsOf() {
        return capturedOn() != null && capturedOn().isAfter(asOfDate);
    }

    /** Captured after its submission or after D. */
    public boolean isPostDated() {
        return isCapturedAfterSubmission() || isCapturedAfterAsOf();
    }

    /** Why the capture time cannot be true, in Chinese. */
    public String postDatedText() {
        String captured = "拍摄于" + localText(evidence.capturedAt());
        String afterSubmission = isCapturedAfterSubmission() ? "晚于提交日期" + evidence.submittedOn() : null;
        String afterAsOf = isCapturedAfterAsOf() ? "晚于评估日期" + asOfDate : null;
        return captured + "，" + Stream.of(afterSubmission, afterAsOf).filter(Objects::nonNull).collect(Collectors.joining("，且"));
    }

    private static String localText(OffsetDateTime instant) {
        return instant.atZoneSameInstant(Evidence.LOCAL_OFFSET).toLocalDateTime().toString().replace('T', ' ');
    }

    /** Of two dated photos, the one captured last (by instant; the greater id on the same instant). */
    private static Evidence later(Evidence a, Evidence b) {
        int byInstant = a.capturedAt().toInstant().compareTo(b.capturedAt().toInstant());
        return byInstant > 0 || byInstant == 0 && a.id().compareTo(b.id()) > 0 ? a : b;
    }

    private static String unitId(Evidence e, Problem problem, Map<String, WaterSource> sources) {
        if (problem != null) {
            return problem.responsibleUnitId();
        }
        WaterSource source = e.waterSourceId() == null ? null : sources.get(e.waterSourceId());
        return source == null ? null : source.responsibleUnitId();
    }
}
