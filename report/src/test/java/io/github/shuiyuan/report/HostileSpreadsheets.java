package io.github.shuiyuan.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Crafted spreadsheets, made from a form the writer wrote by rewriting its parts the way an attacker (or a
 * broken tool) would: a DOCTYPE in a part, cells whose value contradicts their type, impossible merges, a VBA
 * project, an embedded object, a million rows declared in a few megabytes.
 */
final class HostileSpreadsheets {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String DOCTYPE = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";

    private HostileSpreadsheets() {
    }

    private static byte[] form;

    /** The November form of 任港街道 as the writer writes it on 2018-12-10 (written once). */
    static synchronized byte[] form() {
        if (form == null) {
            form = Forms.december10("SD-RENGANG", FormFormat.XLSX);
        }
        return form.clone();
    }

    /** Writes the new content of a part, given its old bytes. */
    private interface PartWriter {
        void write(byte[] old, OutputStream out) throws IOException;
    }

    /** The form with the text of {@code part} rewritten and {@code added} parts appended. */
    static byte[] rewrite(String part, UnaryOperator<String> edit, Map<String, byte[]> added) {
        return copy(part, (old, out) -> out.write(edit.apply(new String(old, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)), added);
    }

    private static byte[] copy(String part, PartWriter writer, Map<String, byte[]> added) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(form()));
             ZipOutputStream out = new ZipOutputStream(result)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    writer.write(bytes, out);
                } else {
                    out.write(bytes);
                }
            }
            for (Map.Entry<String, byte[]> extra : added.entrySet()) {
                out.putNextEntry(new ZipEntry(extra.getKey()));
                out.write(extra.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result.toByteArray();
    }

    static byte[] rewrite(String part, UnaryOperator<String> edit) {
        return rewrite(part, edit, Map.of());
    }

    /** A DOCTYPE (with an external entity) right after the XML declaration of {@code part}. */
    static byte[] doctypeIn(String part) {
        return rewrite(part, xml -> xml.startsWith("<?xml") ? xml.replaceFirst("\\?>", "?>" + DOCTYPE) : DOCTYPE + xml);
    }

    /** The cell {@code ref} of the sheet replaced by {@code cell} (a whole {@code <c>} element). */
    static byte[] cell(String ref, String cell) {
        return rewrite(SHEET, xml -> {
            String replaced = xml.replaceFirst("<c r=\"" + ref + "\"[^>]*?(/>|>.*?</c>)", java.util.regex.Matcher.quoteReplacement(cell));
            if (replaced.equals(xml)) {
                throw new IllegalStateException("no cell " + ref + " in the written sheet");
            }
            return replaced;
        });
    }

    /** The sheet with one merge {@code range} added. */
    static byte[] merge(String range) {
        return rewrite(SHEET, xml -> xml.contains("<mergeCells")
                ? xml.replaceFirst("<mergeCells[^>]*>", "$0<mergeCell ref=\"" + range + "\"/>")
                : xml.replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"" + range + "\"/></mergeCells>"));
    }

    /** An .xlsm: a VBA project part and the macro-enabled workbook content type. */
    static byte[] macroEnabled() {
        Map<String, byte[]> vba = new LinkedHashMap<>();
        vba.put("xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        return rewrite("[Content_Types].xml", xml -> xml.replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml"), vba);
    }

    /** An OLE object stored in the package that no relationship refers to. */
    static byte[] unreferencedOleObject() {
        return rewrite("[Content_Types].xml", xml -> xml.replace("</Types>",
                "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/></Types>"),
                Map.of("xl/embeddings/oleObject1.bin", ole()));
    }

    private static byte[] ole() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "\u0001Ole10Native");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet that declares {@code rows} rows, streamed into the zip (a few megabytes for a million). */
    static byte[] rows(int rows) {
        return copy(SHEET, (old, out) -> writeRows(out, rows), Map.of());
    }

    private static void writeRows(OutputStream out, int rows) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 1; r <= rows; r++) {
            xml.append("<row r=\"").append(r).append("\"/>");
            if (xml.length() > 64 * 1024) {
                out.write(xml.toString().getBytes(StandardCharsets.US_ASCII));
                xml.setLength(0);
            }
        }
        xml.append("</sheetData></worksheet>");
        out.write(xml.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
