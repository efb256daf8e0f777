package io.github.shuiyuan.benchmarks;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Jurisdiction;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.UnitType;
import io.github.shuiyuan.core.problem.IdentifiedBy;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.report.LookBackRow;
import io.github.shuiyuan.report.LookBackSheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A look-back form of any length for one sub-district, and the master list it is checked against: ten
 * rectified problems a source, row {@code i} being problem serial {@code i}. Rows are made as they are
 * written, so the rows themselves take no memory.
 */
final class FormRows {

    static final String UNIT_ID = "SD-0001";
    static final String UNIT_NAME = "崇川区第1街道";
    static final String PLACE = "南通市崇川区";
    static final LocalDate FILLED_ON = LocalDate.of(2018, 12, 10);

    private FormRows() {
    }

    /** The form with {@code rows} rows, made lazily. */
    static LookBackSheet sheet(int rows) {
        return new LookBackSheet(UNIT_NAME, FILLED_ON, "责任人1", "0513-8xxxxxxx", () -> new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= rows;
            }

            @Override
            public LookBackRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(next++);
            }
        });
    }

    static LookBackRow row(int serial) {
        return new LookBackRow(serial, PLACE, sourceName(sourceOf(serial)),
                "一级保护区内排污口（问题序号" + serial + "）：封堵排口，雨污分流改造；排口已封堵，无污水入江",
                "2018-11-12区环保局回头看：未反弹", true, "");
    }

    /** The master list the form's rows come from: one sub-district, a source per ten problems. */
    static CaseFile master(int rows) {
        List<WaterSource> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int serial = 1; serial <= rows; serial++) {
            int source = sourceOf(serial);
            if (sources.size() <= source) {
                sources.add(new WaterSource("WS-" + source, sourceName(source), SourceKind.RIVER, null, PLACE, UNIT_ID,
                        SourceStatus.IN_USE, null, null, null, null, null, List.of()));
            }
            problems.add(new Problem("PRB-" + serial, serial, "WS-" + source, ZoneLevel.FIRST,
                    ProblemCategory.SEWAGE_OUTFALL, PLACE, "一级保护区内排污口", LocalDate.of(2018, 3, 1),
                    IdentifiedBy.SURVEY, UNIT_ID, null, LocalDate.of(2018, 6, 30), ProblemStatus.RECTIFIED,
                    LocalDate.of(2018, 5, 28), "封堵排口", "排口已封堵", null, List.of(), List.of(), null, null));
        }
        return new CaseFile(CaseFile.SCHEMA_VERSION, new Jurisdiction("320602", "崇川区", "南通市"), null,
                List.of(new Unit(UNIT_ID, UNIT_NAME, UnitType.SUB_DISTRICT, null)), List.of(), sources, problems,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static int sourceOf(int serial) {
        return (serial - 1) / 10;
    }

    private static String sourceName(int source) {
        return "崇川区第" + (source + 1) + "号水源地";
    }
}
