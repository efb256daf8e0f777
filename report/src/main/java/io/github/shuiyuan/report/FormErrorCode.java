package io.github.shuiyuan.report;

import io.github.shuiyuan.core.Labeled;

/**
 * What is wrong with a filled-in look-back form: a stable English code for machines and, as its label,
 * the rule broken in Chinese. The first group refuses the whole file, the second its layout (the form's
 * note 1), the third a row's content (notes 2–4).
 *
 * <p>Immutable and thread-safe.
 */
public enum FormErrorCode implements Labeled {
    NOT_A_SPREADSHEET("文件须为Excel表格（.xlsx或.xls）"),
    ENCRYPTED("文件不得加密或设置打开密码"),
    TOO_LARGE("文件大小不得超过上限"),
    ZIP_BOMB("文件解压后的大小须在合理范围内"),
    TOO_MANY_ROWS("表格行数不得超过上限"),

    HEADER_NOT_FOUND("须保留表头行（问题序号至备注）"),
    HEADER_ROW_MOVED("表头须在第4行，不得在表头上方加减行"),
    HEADER_MISMATCH("表头须为规定的7列且顺序不变"),
    EXTRA_COLUMN("不得增加列"),
    MERGED_CELL("表头和填报区域不得合并单元格"),
    HIDDEN_ROW("不得隐藏行"),
    HIDDEN_COLUMN("不得隐藏列"),
    FORMULA("单元格须直接填写内容，不得使用公式"),
    UNIT_UNKNOWN("填报单位须为附表1所列单位"),
    FILLED_ON_FORMAT("填报时间须按“2018年6月20日”样式填写"),

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

    DUPLICATE_UNIT("同一单位在一次汇总中只收录一份表格");

    private final String label;

    FormErrorCode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
