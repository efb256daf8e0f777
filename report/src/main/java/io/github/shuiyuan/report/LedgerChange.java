package io.github.shuiyuan.report;

import java.util.List;
import java.util.Objects;

/**
 * What importing one ledger row does to the case file: a problem added, a problem updated (with each field that
 * changes, old and new, in words), or nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row       the sheet row, counted from 1 as a spreadsheet shows it
 * @param serialNo  the row's 序号
 * @param problemId the problem it adds or matches
 * @param kind      added, updated or unchanged
 * @param changes   one line per changed field, {@code 整治进度：（空）→“30”}; empty unless updated or added
 */
public record LedgerChange(int row, int serialNo, String problemId, Kind kind, List<String> changes) {

    /** What a row does. */
    public enum Kind {
        ADDED("新增"),
        UPDATED("更新"),
        UNCHANGED("未变");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** 新增, 更新 or 未变. */
        public String label() {
            return label;
        }
    }

    public LedgerChange {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(kind, "kind");
        changes = List.copyOf(changes);
    }

    /** One line for people: {@code 第5行 序号3 PRB-003 更新：整治进度：（空）→“30”}. */
    public String describe() {
        return "第" + row + "行 序号" + serialNo + " " + problemId + " " + kind.label()
                + (changes.isEmpty() ? "" : "：" + String.join("；", changes));
    }
}
