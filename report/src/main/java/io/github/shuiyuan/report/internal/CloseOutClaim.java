package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.rules.ProblemView;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The close-out claim a row's 备注 leads with, one of four: {@code 已销号（2018年7月20日）} (closed and eligible),
 * {@code 已销号（2018年10月30日），但不具备销号条件：…} (a 违规销号), {@code 可销号} (rectified, eligible, not yet
 * closed), {@code 尚不具备销号条件：…} (rectified, not eligible). The writer writes it from the problem's view as of
 * D and the check reads it back; the missing conditions after the colon are words for people, not part of the
 * claim.
 *
 * @param kind     which claim
 * @param closedOn the close-out date of the two 已销号 claims; null for the others
 */
record CloseOutClaim(Kind kind, LocalDate closedOn) {

    /** The four claims, and none (a row not rectified as of D makes no claim). */
    enum Kind { CLOSED, IRREGULARLY_CLOSED, CLOSABLE, NOT_ELIGIBLE, NONE }

    private static final String CLOSED = "已销号";
    private static final String BUT_NOT_ELIGIBLE = "但不具备销号条件";
    private static final String CLOSABLE = "可销号";
    private static final String NOT_ELIGIBLE = "尚不具备销号条件";
    private static final Pattern CLOSED_CLAIM = Pattern.compile(
            "已销号\\((" + ChineseDates.SPELLING + ")\\)(?:[,;。]?(" + BUT_NOT_ELIGIBLE + "))?");

    CloseOutClaim {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CLOSED || kind == Kind.IRREGULARLY_CLOSED) != (closedOn != null)) {
            throw new IllegalArgumentException("a close-out date belongs to the two 已销号 claims only");
        }
    }

    /** The claim the case file bears out for the problem as of its view's date. */
    static CloseOutClaim of(ProblemView view) {
        if (view.closed()) {
            return new CloseOutClaim(view.closeOutEligible() ? Kind.CLOSED : Kind.IRREGULARLY_CLOSED, view.closedOn());
        }
        if (!view.rectified()) {
            return new CloseOutClaim(Kind.NONE, null);
        }
        return new CloseOutClaim(view.closeOutEligible() ? Kind.CLOSABLE : Kind.NOT_ELIGIBLE, null);
    }

    /**
     * The claim a remark leads with (white space and full- or half-width punctuation free), or empty when it
     * leads with none of the four: {@code 暂不可销号} and {@code 已报请销号} are no claim.
     */
    static Optional<CloseOutClaim> leading(String remark) {
        String text = FactText.canonical(remark);
        Matcher closed = CLOSED_CLAIM.matcher(text);
        if (closed.lookingAt()) {
            Optional<LocalDate> date = ChineseDates.parse(closed.group(1));
            return date.map(d -> new CloseOutClaim(closed.group(2) == null ? Kind.CLOSED : Kind.IRREGULARLY_CLOSED, d));
        }
        if (text.startsWith(CLOSABLE)) {
            return Optional.of(new CloseOutClaim(Kind.CLOSABLE, null));
        }
        if (text.startsWith(NOT_ELIGIBLE)) {
            return Optional.of(new CloseOutClaim(Kind.NOT_ELIGIBLE, null));
        }
        return Optional.empty();
    }

    /** The claim as the writer puts it, with the missing conditions {@code unmet} in words; empty for none. */
    String text(String unmet) {
        return switch (kind) {
            case CLOSED, CLOSABLE, NONE -> phrase();
            case IRREGULARLY_CLOSED, NOT_ELIGIBLE -> phrase() + "：" + unmet;
        };
    }

    /** The claim's leading phrase, for messages: {@code 已销号（2018年10月30日），但不具备销号条件}. */
    String phrase() {
        return switch (kind) {
            case CLOSED -> CLOSED + "（" + ChineseDates.format(closedOn) + "）";
            case IRREGULARLY_CLOSED -> CLOSED + "（" + ChineseDates.format(closedOn) + "），" + BUT_NOT_ELIGIBLE;
            case CLOSABLE -> CLOSABLE;
            case NOT_ELIGIBLE -> NOT_ELIGIBLE;
            case NONE -> "";
        };
    }
}
