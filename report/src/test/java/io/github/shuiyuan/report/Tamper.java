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

    /** Sets a cell's number. */
    static Consumer<Sheet> number(String ref, double value) {
        return sheet -> cell(sheet, ref).setCellValue(value);
    }
}
