package io.github.shuiyuan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Edits a written form with POI the way a person at a sub-district might, for checker tests. */
final class Tamper {

    private Tamper() {
    }

    /** The form with {@code edit} applied to its sheet, saved in the same format. */
    static byte[] edit(byte[] form, Consumer<Sheet> edit) {
        try (Workbook workbook = CellModel.open(form)) {
            edit.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at an A1 reference, created when absent. */
    static Cell cell(Sheet sheet, String ref) {
        var reference = new org.apache.poi.ss.util.CellReference(ref);
        Row row = sheet.getRow(reference.getRow());
        if (row == null) {
            row = sheet.createRow(reference.getRow());
        }
        Cell cell = row.getCell(reference.getCol());
        return cell == null ? row.createCell(reference.getCol()) : cell;
    }

    /**
     * Sets a cell's text. The cell is blanked first: SXSSF writes inline strings, and XSSF would otherwise
     * keep reading the old inline text.
     */
    static Consumer<Sheet> text(String ref, String text) {
        return sheet -> {
            Cell cell = cell(sheet, ref);
            cell.setBlank();
            cell.setCellValue(text);
        };
    }

    /** Deletes a row as Excel's 删除行 does: the rows below move up one. */
    static Consumer<Sheet> deleteRow(int rowIndex) {
        return sheet -> {
            sheet.removeRow(sheet.getRow(rowIndex));
            sheet.shiftRows(rowIndex + 1, sheet.getLastRowNum(), -1);
        };
    }

    /**
     * An .xlsx whose text {@code placeholder} (set into a cell before) is replaced by {@code text} in the file
     * itself: how a text longer than Excel allows gets into a cell, since POI refuses to write one.
     */
    static byte[] replaceInXlsx(byte[] xlsx, String placeholder, String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                String content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                zip.write(content.replace(placeholder, text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sets a cell's number. */
    static Consumer<Sheet> number(String ref, double value) {
        return sheet -> cell(sheet, ref).setCellValue(value);
    }
}
