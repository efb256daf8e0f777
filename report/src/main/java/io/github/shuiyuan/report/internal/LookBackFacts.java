package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.inspection.LookBackOutcome;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.rules.LookBackRecord;
import io.github.shuiyuan.rules.ProblemView;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a “回头看”情况 cell states the latest look-back the case file records on or before D, with its date
 * and outcome ({@link LookBackStatement}), or {@code 尚未开展回头看} when there is none. The latest look-back the
 * cell states is what it claims; one dated after every recorded look-back (and on or before D) is not a
 * contradiction but a new report, told as the warning {@code LOOK_BACK_NOT_RECORDED} so that the district records it.
 */
final class LookBackFacts {

    /** The outcomes a cell may state, each quoted: {@code “未反弹”“反弹”“未整改到位”}. */
    private static final String OUTCOMES = Arrays.stream(LookBackOutcome.values())
            .map(o -> "“" + o.label() + "”").collect(Collectors.joining());

    private final LocalDate asOf;
    private final List<FormError> errors;

    LookBackFacts(LocalDate asOf, List<FormError> errors) {
        this.asOf = asOf;
        this.errors = errors;
    }

    /** Checks column E of row {@code r} against the view's latest look-back. */
    void check(int r, ProblemView view, String cell) {
        LookBackRecord recorded = view.latestLookBack();
        List<LookBackStatement> stated = LookBackStatement.in(cell);
        Optional<LookBackStatement> unreadable = stated.stream()
                .filter(s -> s.date().isEmpty() || s.outcome().isEmpty()).findFirst();
        if (unreadable.isPresent()) {
            mismatch(r, view, unreadable.get().written(), "其中“" + unreadable.get().written() + "”的"
                    + (unreadable.get().date().isEmpty() ? "日期不存在" : "结果不是" + OUTCOMES + "之一"));
            return;
        }
        if (LookBackStatement.undated(cell)) {
            mismatch(r, view, Texts.abbreviate(Texts.strip(cell)), "回头看结果没有写明日期");
            return;
        }
        Optional<LookBackStatement> latest = stated.stream().max(Comparator
                .comparing((LookBackStatement s) -> s.date().orElseThrow())
                .thenComparing(s -> s.outcome().orElseThrow()));
        if (latest.isEmpty()) {
            if (recorded != null) {
                mismatch(r, view, Texts.abbreviate(Texts.strip(cell)), LookBackStatement.saysNone(cell)
                        ? "表中称尚未开展回头看" : "表中没有写明回头看的日期和结果");
            }
            return;
        }
        LookBackStatement claim = latest.get();
        LocalDate date = claim.date().orElseThrow();
        if (date.isAfter(asOf)) {
            mismatch(r, view, claim.written(), "表中的回头看日期" + ChineseDates.format(date) + "晚于核对日期" + ChineseDates.format(asOf));
        } else if (recorded == null || date.isAfter(recorded.date())) {
            notRecorded(r, view, claim);
        } else if (date.isBefore(recorded.date())) {
            mismatch(r, view, claim.written(), "表中最近的回头看是" + ChineseDates.format(date) + "，不是最近一次");
        } else if (claim.outcome().orElseThrow() != recorded.outcome()) {
            mismatch(r, view, claim.written(), "表中写的结果是“" + claim.label() + "”");
        }
    }

    private void mismatch(int r, ProblemView view, String found, String what) {
        String expected = expected(view.latestLookBack());
        errors.add(FormError.of(FormColumn.LOOK_BACK.cell(r), FormErrorCode.LOOK_BACK_MISMATCH, expected, found,
                "第" + (r + 1) + "行问题序号" + view.serialNo() + "的“回头看”情况应写明" + (view.latestLookBack() == null
                        ? "“" + expected + "”（截至" + ChineseDates.format(asOf) + "案卷中没有回头看记录）"
                        : "案卷记录的最近一次回头看“" + expected + "”") + "，" + what + "。"));
    }

    private void notRecorded(int r, ProblemView view, LookBackStatement claim) {
        LookBackRecord recorded = view.latestLookBack();
        errors.add(FormError.of(FormColumn.LOOK_BACK.cell(r), FormErrorCode.LOOK_BACK_NOT_RECORDED, expected(recorded),
                claim.written(), "第" + (r + 1) + "行问题序号" + view.serialNo() + "报告了一次案卷中没有的回头看“"
                        + ChineseDates.format(claim.date().orElseThrow()) + "回头看：" + claim.label() + "”（案卷中最近的是"
                        + (recorded == null ? "无" : "“" + expected(recorded) + "”") + "），请区里核实后录入案卷。"));
    }

    /** {@code 2018年8月16日回头看：反弹}, or {@code 尚未开展回头看}. */
    private static String expected(LookBackRecord recorded) {
        return recorded == null ? LookBackStatement.NONE
                : ChineseDates.format(recorded.date()) + "回头看：" + recorded.outcome().label();
    }
}
