package io.github.shuiyuan.report;

import io.github.shuiyuan.core.Labeled;

/**
 * What is wrong with a filled-in look-back form or an imported problem ledger: a stable English code for
 * machines and, as its label, the rule broken in Chinese. The first group refuses the whole file, the second a
 * form's layout (the form's note 1) and the sheet, the third the unit and the period, the fourth a form row's
 * content (notes 2–4), the fifth a row's facts against the case file as of the date the form is compared at, the
 * last a ledger's layout and rows (some of the form's codes — formulas, serial numbers, 是/否 — serve the ledger
 * too). Two codes are warnings ({@link #isWarning()}): they are told but do not fail the form.
 *
 * <p>Immutable and thread-safe.
 */
public enum FormErrorCode implements Labeled {
    NOT_A_SPREADSHEET("文件须为Excel表格（.xlsx或.xls）"),
    ENCRYPTED("文件不得加密或设置打开密码"),
    TOO_LARGE("文件大小不得超过上限"),
    ZIP_BOMB("文件解压后的大小须在合理范围内"),
    TOO_MANY_ROWS("表格行数不得超过上限"),
    MACRO_ENABLED("文件不得含有宏（.xlsm或VBA工程）"),
    EMBEDDED_OBJECT("文件不得含有嵌入对象"),
    PART_UNREADABLE("表格的每个部件须为Excel保存的正常内容"),
    CELL_UNREADABLE("单元格的值须为Excel能读取的值"),

    HEADER_NOT_FOUND("须保留表头行（问题序号至备注）"),
    HEADER_ROW_MOVED("表头须在第4行，不得在表头上方加减行"),
    HEADER_MISMATCH("表头须为规定的7列且顺序不变"),
    EXTRA_COLUMN("不得增加列"),
    MERGED_CELL("表头和填报区域不得合并单元格"),
    HIDDEN_ROW("不得隐藏行"),
    HIDDEN_COLUMN("不得隐藏列"),
    FORMULA("单元格须直接填写内容，不得使用公式"),
    TITLE_CHANGED("表题和填报单位、填报时间的标签不得改动"),
    OTHER_SHEET("文件只能有统计表一张工作表，其他工作表（含隐藏的）不得有内容"),
    TEXT_TOO_LONG("单元格文字不得超过32767个字符"),

    UNIT_UNKNOWN("填报单位须为附表1所列单位"),
    FILLED_ON_FORMAT("填报时间须按“2018年6月20日”样式填写"),
    FILLED_ON_OUTSIDE_PERIOD("填报时间须在报告期当月或次月"),

    SERIAL_MISSING("须填写问题序号"),
    SERIAL_NOT_INTEGER("问题序号须为整数"),
    SERIAL_DUPLICATE("问题序号不得重复"),
    SERIAL_ORDER("问题序号须从小到大排列"),
    SERIAL_UNKNOWN("问题序号须为附表1中的序号"),
    SERIAL_OTHER_UNIT("所填问题须由填报单位负责"),
    LOCATION_FORMAT("所在地须按XX市XX县样式填报"),
    LOCATION_MISMATCH("所在地须与附表1一致"),
    SOURCE_NAME_MISMATCH("水源地名称须与附表1一致"),
    DONE_NOT_YES_NO("是否完成整治须填“是”或“否”"),

    ROW_MISSING("截至核对日期已整改的问题须逐个列入"),
    ROW_UNEXPECTED("只列截至核对日期已整改的问题"),
    COMPLETION_DATE_MISMATCH("完成时间须与案卷记录的整改日期一致"),
    LOOK_BACK_MISMATCH("“回头看”情况须写明案卷记录的最近一次回头看的日期和结果"),
    LOOK_BACK_NOT_RECORDED("表中报告的回头看比案卷记录的都新，须补录入案卷", true),
    DONE_MISMATCH("是否完成整治须与案卷一致"),
    CLOSE_OUT_CLAIM("备注须以案卷支持的销号情况开头"),
    CASE_FILE_LOCATION_FORMAT("附表1的所在地须按XX市XX县样式填报", true),

    DUPLICATE_UNIT("同一单位在一次汇总中只收录一份表格"),

    LEDGER_HEADER_NOT_FOUND("台账须有附表1的表头行（序号至整治进度）"),
    LEDGER_COLUMN_MISMATCH("台账须为附表1的14列且顺序不变"),
    LEDGER_DATE_MISSING("台账须有日期（标题中或另行给出）"),
    LEDGER_SERIAL_SOURCE("序号和水源地名称须指向案卷中的同一问题"),
    SOURCE_UNKNOWN("水源地名称须为案卷中的水源地"),
    PROVINCE_MISMATCH("省份须与行政区划代码一致"),
    SOURCE_LEVEL_UNKNOWN("水源地类别须为地级、县级或乡镇级"),
    SOURCE_LEVEL_MISMATCH("水源地类别须与案卷一致"),
    ZONE_UNKNOWN("保护区类型须为一级、二级或准保护区"),
    CATEGORY_UNKNOWN("问题类型须为规定的类型之一"),
    DEADLINE_FORMAT("计划完成整治时间须为日期"),
    DEADLINE_CHANGED("计划完成整治时间须与案卷的原定或延期后期限一致"),
    PROGRESS_FORMAT("整治进度须为0至100之间的百分数"),
    PROGRESS_DONE_MISMATCH("整治进度须与是否完成整治一致"),
    DONE_WITHOUT_DATE("填“是”须写明不晚于台账日期的完成日期"),
    RECTIFIED_ON_CONFLICT("台账不得改写已记录的整改完成日期"),
    NOT_DONE_BUT_RECTIFIED("已完成整治且未反弹的问题不得填“否”"),
    REQUIRED_FOR_NEW("新增问题须填写水源地名称、保护区类型和问题类型"),
    PROBLEM_NOT_YET_IDENTIFIED("台账中的问题须在台账日期前已经发现"),
    CASE_FILE_INVALID("导入后的案卷须通过严格校验");

    private final String label;
    private final boolean warning;

    FormErrorCode(String label) {
        this(label, false);
    }

    FormErrorCode(String label, boolean warning) {
        this.label = label;
        this.warning = warning;
    }

    /** Whether this is a warning: told, but the form still passes. */
    public boolean isWarning() {
        return warning;
    }

    @Override
    public String label() {
        return label;
    }
}
