package io.github.shuiyuan.rules.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Near names, for "did you mean": a misspelt threshold key, file name or field. */
final class Names {

    private Names() {
    }

    /** The edit distance (insertions, deletions, substitutions) between two texts. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The candidates nearest to {@code name} (ignoring case), nearest first and at most {@code most}, each at most
     * a third of the name's letters away (two for short names).
     */
    static List<String> nearest(String name, Collection<String> candidates, int most) {
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, name.length() / 3);
        return candidates.stream().distinct()
                .filter(c -> distance(c.toLowerCase(Locale.ROOT), lower) <= limit)
                .sorted(Comparator.comparingInt((String c) -> distance(c.toLowerCase(Locale.ROOT), lower))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(most)
                .toList();
    }

    /** The nearest candidate as a hint after a rule id that does not exist: {@code （是否应为“WQ-02”？）}; empty when none is near. */
    static String didYouMean(String id, Collection<String> candidates) {
        return nearest(id, candidates, 1).stream().map(n -> "（是否应为“" + n + "”？）").findFirst().orElse("");
    }
}
