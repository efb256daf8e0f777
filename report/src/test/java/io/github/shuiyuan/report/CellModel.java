package io.github.shuiyuan.report;

import io.github.shuiyuan.report.internal.LookBackTemplate.Role;
import io.github.shuiyuan.report.internal.StyleSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The cell model of a written sheet as text, for golden tests: values with their cell types, the style
 * role of every cell (matched back from its font, alignment, wrapping, borders and fill), merges, column
 * widths, row heights and the print setup. Two workbooks with the same model look the same, whatever
 * their bytes.
 */
final class CellModel {

    private CellModel() {
    }

    static Workbook open(byte[] bytes) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model of the first sheet of a workbook file. */
    static String of(byte[] bytes) {
        try (Workbook workbook = open(bytes)) {
            return of(workbook.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String of(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        out.append("sheet ").append(sheet.getSheetName()).append('\n');
        out.append("columns");
        for (int c = 0; c < 7; c++) {
            out.append(' ').append(CellReference.convertNumToColString(c)).append('=').append(sheet.getColumnWidth(c) / 256);
        }
        out.append('\n');
        out.append("merges ").append(sheet.getMergedRegions().stream()
                .sorted(Comparator.comparing(CellRangeAddress::getFirstRow).thenComparing(CellRangeAddress::getFirstColumn))
                .map(CellRangeAddress::formatAsString).collect(Collectors.joining(" "))).append('\n');
        for (Row row : sheet) {
            out.append("row ").append(row.getRowNum() + 1)
                    .append(String.format(Locale.ROOT, " height=%.1f", row.getHeightInPoints())).append('\n');
            for (Cell cell : row) {
                out.append("  ").append(new CellReference(cell).formatAsString(false)).append(' ')
                        .append(cell.getCellType()).append(' ').append(value(cell)).append(" [")
                        .append(role(sheet.getWorkbook(), cell.getCellStyle())).append("]\n");
            }
        }
        PrintSetup print = sheet.getPrintSetup();
        out.append("print paper=").append(print.getPaperSize() == PrintSetup.A4_PAPERSIZE ? "A4" : print.getPaperSize())
                .append(" landscape=").append(print.getLandscape())
                .append(" fit=").append(sheet.getFitToPage()).append(' ').append(print.getFitWidth()).append('x')
                .append(print.getFitHeight())
                .append(" repeat=").append(sheet.getRepeatingRows() == null ? "none" : sheet.getRepeatingRows().formatAsString())
                .append(" footer=").append(sheet.getFooter().getCenter()).append('\n');
        return out.toString();
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> '"' + cell.getStringCellValue().replace("\n", "\\n") + '"';
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }

    /** The role whose style the cell has, with {@code +quoted} when quote-prefixed; else its raw description. */
    static String role(Workbook workbook, CellStyle style) {
        Font font = workbook.getFontAt(style.getFontIndex());
        for (Role role : Role.values()) {
            StyleSpec spec = role.spec();
            if (spec.font().name().equals(font.getFontName()) && spec.font().points() == font.getFontHeightInPoints()
                    && spec.font().bold() == font.getBold() && spec.align() == style.getAlignment()
                    && spec.wrap() == style.getWrapText() && spec.bordered() == isBordered(style)) {
                return role.name() + (style.getQuotePrefixed() ? "+quoted" : "");
            }
        }
        return describe(font, style);
    }

    static String describe(Font font, CellStyle style) {
        return font.getFontName() + " " + font.getFontHeightInPoints() + (font.getBold() ? " bold" : "") + " "
                + style.getAlignment() + (style.getWrapText() ? " wrap" : "") + (isBordered(style) ? " thin" : "");
    }

    static boolean isBordered(CellStyle style) {
        return style.getBorderTop() == BorderStyle.THIN && style.getBorderBottom() == BorderStyle.THIN
                && style.getBorderLeft() == BorderStyle.THIN && style.getBorderRight() == BorderStyle.THIN;
    }
}
