package io.github.shuiyuan.report.internal;

import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The look-back form (附件：饮用水水源地已整改环境问题“回头看”情况统计表) as data: its texts, rows,
 * merges, columns ({@link FormColumn}), styles by role and print layout. The writer lays the form out
 * from this spec and the reader checks a filled-in form against the same spec, so what one writes the
 * other accepts.
 *
 * <pre>
 * row 1   附件：
 * row 2   title, merged A2:G2
 * row 3   填报单位（盖章）：unit (A3:D3)       填报时间：date (E3:G3)
 * row 4   the seven headers (repeated on every printed page)
 * row 5…  one row per problem, no merges
 * then    填表人：name (A:D)                  联系方式：phone (E:G)
 * then    备注：1. … 4. , one note a row (A:G)
 * </pre>
 */
public final class LookBackTemplate {

    public static final String ANNEX = "附件：";
    public static final String TITLE = "饮用水水源地已整改环境问题“回头看”情况统计表";
    public static final String UNIT_LABEL = "填报单位（盖章）：";
    public static final String DATE_LABEL = "填报时间：";
    /** The words a reader finds the unit and date labels by. */
    public static final String UNIT_KEY = "填报单位";
    public static final String DATE_KEY = "填报时间";
    public static final String FILLER_LABEL = "填表人：";
    public static final String CONTACT_LABEL = "联系方式：";
    public static final String NOTES_LABEL = "备注：";
    public static final String YES = "是";
    public static final String NO = "否";

    /** The notes under the table of 崇川政办发〔2018〕40号's 附件, one a row. */
    public static final List<String> NOTES = List.of(
            "备注：1.请使用EXCEL格式制表，请勿改变表格格式（如加减行列、合并单元格、变更填写表格内容顺序等）。",
            "2.所在地：按XX市XX县样式填报。",
            "3.整治进展情况：详细填写整治措施以及取得的成效。",
            "4.本表相关信息务必与附表1保持一致。");

    /** Zero-based row indexes of the fixed rows. */
    public static final int ANNEX_ROW = 0;
    public static final int TITLE_ROW = 1;
    public static final int META_ROW = 2;
    public static final int HEADER_ROW = 3;
    public static final int FIRST_DATA_ROW = 4;

    /** The last column of the left half (A:D) of the unit and signature rows; the right half is E:G. */
    public static final int LEFT_HALF_END = 3;
    public static final int LAST_COLUMN = FormColumn.values().length - 1;

    /** Row heights in points. */
    public static final float ANNEX_HEIGHT = 20f;
    public static final float TITLE_HEIGHT = 36f;
    public static final float META_HEIGHT = 24f;
    public static final float HEADER_HEIGHT = 32f;
    public static final float BODY_MIN_HEIGHT = 24f;
    public static final float NOTE_HEIGHT = 20f;

    /** The page footer: 第 &P 页 共 &N 页. */
    public static final String FOOTER = PageSetup.FOOTER;

    /** What each kind of cell looks like. */
    public enum Role {
        ANNEX(StyleSpec.text(FontSpec.plain(FontSpec.HEADING_FONT, 12), HorizontalAlignment.LEFT, false)),
        TITLE(StyleSpec.text(FontSpec.bold(FontSpec.TITLE_FONT, 18), HorizontalAlignment.CENTER, false)),
        /** The unit and date row, and the signature row under the table. */
        META(StyleSpec.text(FontSpec.plain(FontSpec.BODY_FONT, 12), HorizontalAlignment.LEFT, false)),
        HEADER(StyleSpec.cell(FontSpec.plain(FontSpec.HEADING_FONT, 12), HorizontalAlignment.CENTER)),
        BODY_CENTER(StyleSpec.cell(FontSpec.plain(FontSpec.BODY_FONT, 11), HorizontalAlignment.CENTER)),
        BODY_LEFT(StyleSpec.cell(FontSpec.plain(FontSpec.BODY_FONT, 11), HorizontalAlignment.LEFT)),
        NOTE(StyleSpec.text(FontSpec.plain(FontSpec.BODY_FONT, 11), HorizontalAlignment.LEFT, true));

        private final StyleSpec spec;

        Role(StyleSpec spec) {
            this.spec = spec;
        }

        /** The style of this role. */
        public StyleSpec spec() {
            return spec;
        }

        /** The role of the body cells of a column. */
        public static Role body(FormColumn column) {
            return column.align() == HorizontalAlignment.CENTER ? BODY_CENTER : BODY_LEFT;
        }
    }

    private LookBackTemplate() {
    }

    /** The merged title A2:G2. */
    public static CellRangeAddress titleMerge() {
        return new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, LAST_COLUMN);
    }

    /** The left half A:D of a row. */
    public static CellRangeAddress leftHalf(int rowIndex) {
        return new CellRangeAddress(rowIndex, rowIndex, 0, LEFT_HALF_END);
    }

    /** The right half E:G of a row. */
    public static CellRangeAddress rightHalf(int rowIndex) {
        return new CellRangeAddress(rowIndex, rowIndex, LEFT_HALF_END + 1, LAST_COLUMN);
    }

    /** A whole row A:G. */
    public static CellRangeAddress wholeRow(int rowIndex) {
        return new CellRangeAddress(rowIndex, rowIndex, 0, LAST_COLUMN);
    }

    /** The header row as the print title range: {@code 4:4}. */
    public static CellRangeAddress repeatingRows() {
        return new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1);
    }
}
