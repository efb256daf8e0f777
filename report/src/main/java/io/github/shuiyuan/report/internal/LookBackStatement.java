package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One look-back stated in a “回头看”情况 cell, in the writer's fixed phrase {@code 2018年9月10日，任港街道回头看：反弹。}
 * (any accepted date spelling; white space and full- or half-width punctuation free). The outcome is the whole
 * run of Chinese characters after the colon, compared with the three labels whole: {@code 未反弹} is never
 * {@code 反弹}, and {@code 反弹已处理} is none of them.
 *
 * @param written the statement as found, for messages
 * @param date    the look-back's date; empty when the date names no real day
 * @param label   the outcome as written
 * @param outcome the outcome when the label is one of the three; empty otherwise
 */
record LookBackStatement(String written, Optional<LocalDate> date, String label, Optional<LookBackOutcome> outcome) {

    /** What the writer puts when no look-back is recorded. */
    static final String NONE = "尚未开展回头看";

    private static final Pattern STATEMENT = Pattern.compile(
            "(" + ChineseDates.SPELLING + ")[^。]*?回头看:(\\p{IsHan}*)");
    private static final Pattern UNDATED = Pattern.compile("回头看:(\\p{IsHan}*)");

    /** Every dated look-back the cell states, in order. */
    static List<LookBackStatement> in(String cell) {
        List<LookBackStatement> found = new ArrayList<>();
        Matcher m = STATEMENT.matcher(FactText.canonical(cell));
        while (m.find()) {
            found.add(new LookBackStatement(m.group(), ChineseDates.parse(m.group(1)), m.group(2), outcome(m.group(2))));
        }
        return found;
    }

    /** Whether the cell states an outcome ({@code 回头看：反弹}) without a date in front of it. */
    static boolean undated(String cell) {
        String text = FactText.canonical(cell);
        Matcher m = UNDATED.matcher(text);
        int dated = in(cell).size();
        int all = 0;
        while (m.find()) {
            all++;
        }
        return all > dated;
    }

    /** Whether the cell says no look-back has been made ({@code 尚未开展回头看}). */
    static boolean saysNone(String cell) {
        return FactText.canonical(cell).contains(NONE);
    }

    private static Optional<LookBackOutcome> outcome(String label) {
        return Arrays.stream(LookBackOutcome.values()).filter(o -> o.label().equals(label)).findFirst();
    }
}
