package io.github.shuiyuan.rules;

import java.util.List;

/**
 * Whether a rectified or closed problem may be closed out (销号), and which close-out conditions
 * ({@code CLO-01} … {@code CLO-06}) it does not meet yet.
 *
 * <p>Immutable and thread-safe.
 */
public record CloseOutStatus(String problemId, boolean eligible, List<String> unmet) {

    public CloseOutStatus {
        unmet = List.copyOf(unmet);
    }
}
