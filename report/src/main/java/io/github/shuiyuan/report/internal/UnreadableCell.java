package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;

/** A cell whose value cannot be read as what its type says (POI failed on it, or a date past year 9999). */
public final class UnreadableCell extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient FormError error;

    UnreadableCell(String ref, String problem) {
        super(problem, null, false, false);
        this.error = FormError.of(ref, FormErrorCode.CELL_UNREADABLE, "Excel能读取的值", problem,
                "单元格" + ref + "的内容无法读取：" + problem + "，请在Excel中重新填写该单元格。");
    }

    /** The error naming the cell. */
    public FormError error() {
        return error;
    }
}
