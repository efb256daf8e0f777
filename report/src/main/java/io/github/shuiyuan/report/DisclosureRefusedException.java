package io.github.shuiyuan.report;

/**
 * A disclosure that cannot honestly be made: published before its period began, for a period before the
 * campaign's first disclosure, or for a period that begins after the case file's latest dated record. The
 * message is Chinese; {@link #code()} is the stable English code beside it.
 *
 * <p>Immutable once thrown: safe to hand between threads.
 */
public final class DisclosureRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a disclosure is refused. */
    public enum Code {
        /** {@code --published-on} is before the period's first day. */
        PUBLISHED_BEFORE_PERIOD,
        /** The period is before the campaign's first disclosure period. */
        BEFORE_FIRST_DISCLOSURE,
        /** The period's first day is after the case file's latest dated record. */
        AFTER_LATEST_RECORD
    }

    private final Code code;

    DisclosureRefusedException(Code code, String message) {
        super(message + " [" + code + "]");
        this.code = code;
    }

    /** Why it was refused. */
    public Code code() {
        return code;
    }
}
