package io.github.shuiyuan.rules.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reading a problem's look-backs, held oldest first (date first, on the same day the worse outcome last). */
final class LookBacks {

    private LookBacks() {
    }

    /** The latest look-back on or before {@code day}. */
    static Optional<LookBack> latestOnOrBefore(List<LookBack> oldestFirst, LocalDate day) {
        // date first: those on or before the day are a prefix, the latest of them its last
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            if (!oldestFirst.get(i).date().isAfter(day)) {
                return Optional.of(oldestFirst.get(i));
            }
        }
        return Optional.empty();
    }

    /** The latest look-back on or before {@code asOf} if it is dated on or after {@code day}; empty when {@code day} is null. */
    static Optional<LookBack> latestSince(List<LookBack> oldestFirst, @Nullable LocalDate day, LocalDate asOf) {
        Optional<LookBack> latest = latestOnOrBefore(oldestFirst, asOf);
        return day == null || latest.isEmpty() || latest.get().date().isBefore(day) ? Optional.empty() : latest;
    }
}
