package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The completion date an 已整改问题具体情况 cell states in the writer's phrase {@code 完成时间：2018年9月1日} (any
 * accepted date spelling, always with the year; measures and results around it are free text). Every
 * completion date the cell states must be the problem's recorded {@code rectifiedOn}.
 */
final class CompletionDate {

    private static final String LABEL = "完成时间";
    private static final Pattern STATED = Pattern.compile(LABEL + ":?(" + ChineseDates.SPELLING + ")");

    private CompletionDate() {
    }

    /** Reports {@code COMPLETION_DATE_MISMATCH} in column D of row {@code r} when the cell does not state {@code rectifiedOn}. */
    static void check(int r, int serial, LocalDate rectifiedOn, String cell, List<FormError> errors) {
        String expected = LABEL + "：" + ChineseDates.format(rectifiedOn);
        List<String> wrong = new ArrayList<>();
        int stated = 0;
        Matcher m = STATED.matcher(FactText.canonical(cell));
        while (m.find()) {
            stated++;
            Optional<LocalDate> date = ChineseDates.parse(m.group(1));
            if (!date.equals(Optional.of(rectifiedOn))) {
                wrong.add(m.group(1));
            }
        }
        if (stated > 0 && wrong.isEmpty()) {
            return;
        }
        String found = stated == 0 ? "（未写完成时间）" : LABEL + "：" + String.join("、", wrong);
        errors.add(FormError.of(FormColumn.RECTIFICATION.cell(r), FormErrorCode.COMPLETION_DATE_MISMATCH, expected, found,
                "第" + (r + 1) + "行问题序号" + serial + "的已整改问题具体情况应写明“" + expected + "”（案卷记录的整改完成日期），表中"
                        + (stated == 0 ? "没有写明完成时间" : "为“" + found + "”") + "。"));
    }
}
