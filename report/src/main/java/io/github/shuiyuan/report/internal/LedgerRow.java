package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.rules.ProblemView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One problem as the published ledger writes it as of D, its free text scrubbed of personal data: the
 * fourteen columns of {@link LedgerColumn}, and the deadline in force as the disclosure words it.
 *
 * @param deadline        the original deadline ({@code 2018年6月30日}; empty when unknown)
 * @param remarks         the extension phrase ({@code 已延期至2018年9月30日}) when one is in force, then the recorded remarks
 * @param progress        100 when done; the recorded figure when not done; null for none
 * @param deadlineInForce the deadline in force on D, with {@code （已延期，原定…）} when extended (for the disclosure)
 */
public record LedgerRow(int serialNo, String province, String location, String sourceName, String sourceLevel,
                        String zone, String category, String description, String measures, String deadline,
                        String remarks, String result, String done, BigDecimal progress, String deadlineInForce) {

    /** The row of {@code problem} as its view on D says, with the texts scrubbed by {@code text}. */
    public static LedgerRow of(Problem problem, ProblemView view, WaterSource source, String province, PersonalData text) {
        String remarks = join(LedgerColumns.extensionRemark(view), text.scrub(problem.remarks()));
        return new LedgerRow(problem.serialNo(), province, nullToEmpty(text.scrub(problem.location())),
                source == null ? problem.waterSourceId() : source.name(),
                source == null ? "" : LedgerColumns.sourceClass(source.adminLevel()),
                LedgerColumns.zoneType(problem.zoneLevel()), LedgerColumns.problemType(problem.category()),
                nullToEmpty(text.scrub(problem.description())), nullToEmpty(text.scrub(problem.measures())),
                LedgerColumns.plannedDate(view), remarks, nullToEmpty(text.scrub(problem.result())),
                LedgerColumns.done(view), LedgerColumns.progressPercent(view, problem.progressPercent()),
                LedgerColumns.deadlineInForce(view));
    }

    /** The values in the order of {@link LedgerColumn}: text, or a number for 序号 and 整治进度 (null for blank). */
    public List<Object> cells() {
        return new ArrayList<>(Arrays.asList(serialNo, province, location, sourceName, sourceLevel, zone, category,
                description, measures, deadline, remarks, result, done, progress));
    }

    /** The value of one column. */
    public Object cell(LedgerColumn column) {
        return cells().get(column.index());
    }

    private static String join(String phrase, String remarks) {
        if (remarks == null || remarks.isBlank()) {
            return phrase;
        }
        return phrase.isEmpty() ? remarks : phrase + "；" + remarks;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
