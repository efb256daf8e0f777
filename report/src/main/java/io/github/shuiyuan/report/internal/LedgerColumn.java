package io.github.shuiyuan.report.internal;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.HorizontalAlignment;

/**
 * The fourteen columns of the problem ledger (附表1, 环境问题清单及整治进展情况) in the order the published
 * county tables lay them out: the header as written (name and bracketed hint), the other names the same
 * column goes by in real ledgers, the width in characters, the alignment, and whether the column is public
 * (the disclosure shows all but 省份 and 备注). The ledger writer and reader both work from this list.
 */
public enum LedgerColumn {
    SERIAL("序号", "", 6, HorizontalAlignment.CENTER, true, "编号"),
    PROVINCE("省份", "", 8, HorizontalAlignment.CENTER, false, "省", "省（区、市）"),
    LOCATION("所在地", "", 14, HorizontalAlignment.LEFT, true, "所在县（市、区）", "所在地区"),
    SOURCE("水源地名称", "", 18, HorizontalAlignment.LEFT, true, "水源名称", "饮用水水源地名称"),
    SOURCE_LEVEL("水源地类别", "（地级/县级）", 10, HorizontalAlignment.CENTER, true, "水源地级别", "水源类别"),
    ZONE("保护区类型", "（一级、二级）", 12, HorizontalAlignment.CENTER, true, "保护区级别", "所在保护区"),
    CATEGORY("问题类型", "", 12, HorizontalAlignment.CENTER, true, "问题类别"),
    DESCRIPTION("问题具体情况", "", 30, HorizontalAlignment.LEFT, true, "问题描述", "环境问题具体情况", "存在问题"),
    MEASURES("具体整治措施", "", 30, HorizontalAlignment.LEFT, true, "整治措施", "整改措施"),
    DEADLINE("计划完成整治时间", "", 14, HorizontalAlignment.CENTER, true, "计划完成时间", "整治时限", "完成时限"),
    REMARKS("备注", "", 18, HorizontalAlignment.LEFT, false),
    RESULT("整治进展情况", "", 30, HorizontalAlignment.LEFT, true, "整治进展", "整改进展情况", "进展情况"),
    DONE("是否完成整治", "", 8, HorizontalAlignment.CENTER, true, "是否完成", "是否完成整改"),
    PROGRESS("整治进度", "（%）", 8, HorizontalAlignment.CENTER, true, "完成进度", "整改进度");

    private final String name;
    private final String hint;
    private final int width;
    private final HorizontalAlignment align;
    private final boolean published;
    private final List<String> aliases;

    LedgerColumn(String name, String hint, int width, HorizontalAlignment align, boolean published, String... aliases) {
        this.name = name;
        this.hint = hint;
        this.width = width;
        this.align = align;
        this.published = published;
        this.aliases = List.of(aliases);
    }

    /** The header as the export writes it: {@code 水源地类别（地级/县级）}. */
    public String header() {
        return name + hint;
    }

    /** The header without its bracketed hint: {@code 水源地类别}. */
    public String shortName() {
        return name;
    }

    /** Width in characters. */
    public int width() {
        return width;
    }

    /** Alignment of the column's cells. */
    public HorizontalAlignment align() {
        return align;
    }

    /** Zero-based index in the table. */
    public int index() {
        return ordinal();
    }

    /** Whether the disclosure shows the column (all but 省份 and 备注). */
    public boolean published() {
        return published;
    }

    /**
     * Whether a header found in a spreadsheet names this column: compared without white space, line breaks,
     * quote marks and any bracketed hint, against the name and its aliases.
     */
    public boolean matches(String foundHeader) {
        String key = key(foundHeader);
        return key.equals(name) || aliases.stream().anyMatch(a -> key(a).equals(key));
    }

    /** The columns the disclosure shows, in order. */
    public static List<LedgerColumn> publicColumns() {
        return Arrays.stream(values()).filter(LedgerColumn::published).toList();
    }

    private static String key(String header) {
        return Texts.headerKey(header).replaceAll("[（(][^）)]*[）)]", "").replace("%", "").replace("％", "");
    }
}
