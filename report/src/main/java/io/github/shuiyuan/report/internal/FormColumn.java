package io.github.shuiyuan.report.internal;

import org.apache.poi.ss.usermodel.HorizontalAlignment;

/**
 * The seven columns of the look-back form, in their fixed order (the form's note 1 forbids reordering):
 * header text, width in characters, and how body cells align.
 */
public enum FormColumn {
    SERIAL("问题序号", 10, HorizontalAlignment.CENTER),
    LOCATION("所在地", 15, HorizontalAlignment.CENTER),
    SOURCE_NAME("水源地名称", 18, HorizontalAlignment.CENTER),
    RECTIFICATION("已整改问题具体情况", 44, HorizontalAlignment.LEFT),
    LOOK_BACK("“回头看”情况", 34, HorizontalAlignment.LEFT),
    DONE("是否完成整治", 14, HorizontalAlignment.CENTER),
    REMARK("备注", 24, HorizontalAlignment.LEFT);

    private final String title;
    private final int width;
    private final HorizontalAlignment align;

    FormColumn(String title, int width, HorizontalAlignment align) {
        this.title = title;
        this.width = width;
        this.align = align;
    }

    /** The header text, exactly as the 附件 of 崇川政办发〔2018〕40号 prints it. */
    public String title() {
        return title;
    }

    /** The column width in characters of the default font (a Chinese character takes about two). */
    public int width() {
        return width;
    }

    /** The alignment of body cells. */
    public HorizontalAlignment align() {
        return align;
    }

    /** The zero-based column index. */
    public int index() {
        return ordinal();
    }

    /** The A1 reference of this column's cell in a row (zero-based index), e.g. {@code B7}. */
    public String cell(int rowIndex) {
        return Cells.ref(rowIndex, index());
    }
}
