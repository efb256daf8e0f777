package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.ReadLimits;
import java.io.InputStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML parts of an .xlsx as they are inflated, before POI sees them, and refuses what POI would
 * choke on, log a stack trace about, or take a long time and much memory to reach: a DOCTYPE in any part,
 * a worksheet with more rows than the limit (counted while streaming, so a million-row declaration is refused
 * at its limit-plus-first row), a merge that is no range, and cells whose value cannot be what their type
 * says (a number {@code abc}, an error {@code #BOGUS!}, a shared string {@code abc} or past the table's end).
 * One instance per file; not thread-safe.
 */
final class PartScan {

    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
            "#GETTING_DATA", "#SPILL!", "#CALC!");
    private static final Pattern CELL = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})");
    private static final Pattern NUMBER = Pattern.compile("-?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final int MAX_COLUMNS = 16_384;
    private static final int MAX_ROWS = 1_048_576;

    private final ReadLimits limits;
    private final XMLInputFactory factory;
    private long sharedStrings = -1;
    private long highestSharedIndex = -1;
    private String highestSharedCell;
    private String highestSharedPart;

    PartScan(ReadLimits limits) {
        this.limits = limits;
        this.factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    /** Whether {@code name} is a part this scan reads. */
    static boolean reads(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    /** Reads one XML part from {@code in} (not closed), refusing the file at its first fault. */
    void scan(String part, InputStream in) throws RefusedFile {
        boolean worksheet = part.startsWith("xl/worksheets/") && !part.contains("/_rels/");
        boolean strings = part.equals("xl/sharedStrings.xml");
        boolean types = part.equals("[Content_Types].xml");
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            Sheet sheet = worksheet ? new Sheet(part) : null;
            long items = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw part(part, "含有DOCTYPE声明（文档类型定义），Excel表格不含此类内容，疑为恶意构造");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (types) {
                        contentType(xml.getAttributeValue(null, "ContentType"));
                    } else if (sheet != null) {
                        sheet.start(xml);
                    } else if (strings && "si".equals(xml.getLocalName())) {
                        items++;
                    }
                }
            }
            if (strings) {
                sharedStrings = items;
            }
        } catch (XMLStreamException e) {
            throw part(part, "不是格式正确的XML（" + firstLine(e.getMessage()) + "）");
        } finally {
            close(xml);
        }
    }

    /** A macro-enabled workbook or a VBA project, announced by its content type. */
    private static void contentType(String type) throws RefusedFile {
        String lower = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("macroenabled") || lower.contains("vbaproject")) {
            throw macros("内容类型" + type);
        }
    }

    /** A file carrying macros (.xlsm, a VBA project): refused whatever they do. */
    static RefusedFile macros(String found) {
        return new RefusedFile(FormError.of(null, FormErrorCode.MACRO_ENABLED, "不含宏的.xlsx或.xls表格", found,
                "文件含有宏（VBA工程，如.xlsm），为安全起见不予核对，请另存为不含宏的Excel工作簿（.xlsx）后重新报送。"));
    }

    /** After every part: a shared-string index past the end of the table is refused by its cell. */
    void finish() throws RefusedFile {
        long available = Math.max(sharedStrings, 0);
        if (highestSharedIndex >= available) {
            throw cell(highestSharedCell, String.valueOf(highestSharedIndex), "共享字符串编号" + highestSharedIndex
                    + "超出共享字符串表（共" + available + "项，见" + highestSharedPart + "）");
        }
    }

    /** One worksheet being read: its rows counted, its cells and merges judged as they stream by. */
    private final class Sheet {

        private final String part;
        private int rows;
        private String cellRef;
        private String cellType;

        Sheet(String part) {
            this.part = part;
        }

        void start(XMLStreamReader xml) throws XMLStreamException, RefusedFile {
            switch (xml.getLocalName()) {
                case "row" -> row(xml.getAttributeValue(null, "r"));
                case "c" -> {
                    cellRef = xml.getAttributeValue(null, "r");
                    cellType = xml.getAttributeValue(null, "t");
                }
                case "v" -> value(xml.getElementText().strip());
                case "mergeCell" -> merge(xml.getAttributeValue(null, "ref"));
                default -> {
                }
            }
        }

        private void row(String number) throws RefusedFile {
            rows++;
            long index = number == null ? rows : parseLong(number, -1);
            if (rows > limits.maxRows() || index > limits.maxRows()) {
                long found = Math.max(rows, index);
                throw new RefusedFile(FormError.of(null, FormErrorCode.TOO_MANY_ROWS, "不超过" + limits.maxRows() + "行",
                        found + "行以上", "工作表" + part + "有" + found + "行以上，超过上限" + limits.maxRows() + "行，已拒收。"));
            }
            if (index < 1) {
                throw part(part, "的行号“" + number + "”不是有效的行号");
            }
        }

        private void value(String text) throws RefusedFile {
            String type = cellType == null ? "n" : cellType;
            switch (type) {
                case "n" -> {
                    if (!isNumber(text)) {
                        throw cell(cellRef, text, "数值单元格的内容“" + shorten(text) + "”不是数字");
                    }
                }
                case "e" -> {
                    if (!ERRORS.contains(text)) {
                        throw cell(cellRef, text, "错误值“" + shorten(text) + "”不是Excel的错误值");
                    }
                }
                case "b" -> {
                    if (!text.equals("0") && !text.equals("1")) {
                        throw cell(cellRef, text, "逻辑值单元格的内容“" + shorten(text) + "”不是0或1");
                    }
                }
                case "s" -> shared(text);
                default -> {
                }
            }
        }

        private void shared(String text) throws RefusedFile {
            long index = parseLong(text, -1);
            if (index < 0) {
                throw cell(cellRef, text, "共享字符串编号“" + shorten(text) + "”不是非负整数");
            }
            if (index > highestSharedIndex) {
                highestSharedIndex = index;
                highestSharedCell = cellRef;
                highestSharedPart = part;
            }
        }

        private void merge(String ref) throws RefusedFile {
            String[] ends = ref == null ? new String[0] : ref.split(":", -1);
            if (ends.length != 2) {
                throw part(part, "的合并区域“" + ref + "”不是单元格区域");
            }
            long[] first = position(ends[0]);
            long[] last = position(ends[1]);
            if (first == null || last == null) {
                throw part(part, "的合并区域“" + ref + "”超出表格范围（最多" + MAX_ROWS + "行、" + MAX_COLUMNS + "列）");
            }
            if (first[0] > last[0] || first[1] > last[1]) {
                throw part(part, "的合并区域“" + ref + "”首尾颠倒（起点须在终点左上方）");
            }
        }
    }

    /** Row and column (1-based) of an A1 reference inside the sheet's bounds, or null. */
    private static long[] position(String ref) {
        Matcher m = CELL.matcher(ref);
        if (!m.matches()) {
            return null;
        }
        long column = 0;
        for (char c : m.group(1).toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        long row = Long.parseLong(m.group(2));
        return column > MAX_COLUMNS || row < 1 || row > MAX_ROWS ? null : new long[] {row, column};
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
    }

    private static long parseLong(String text, long otherwise) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static RefusedFile part(String part, String problem) {
        return new RefusedFile(FormError.of(null, FormErrorCode.PART_UNREADABLE, "Excel保存的表格部件", part,
                "表格部件" + part + problem + "，无法核对，已拒收。"));
    }

    private static RefusedFile cell(String ref, String found, String problem) {
        String where = ref == null ? "某个单元格" : "单元格" + ref;
        return new RefusedFile(FormError.of(ref, FormErrorCode.CELL_UNREADABLE, "Excel能读取的值", shorten(found),
                where + "的内容无法读取：" + problem + "，请在Excel中重新填写该单元格。"));
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was held but the reader
            }
        }
    }
}
