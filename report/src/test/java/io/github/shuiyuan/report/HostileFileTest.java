package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not honest forms are refused with one clear error each, never an exception. */
class HostileFileTest {

    private static final CaseFile MASTER = CaseFiles.sample();

    private static List<FormError> check(byte[] bytes) throws IOException {
        return Forms.checkNovember(bytes);
    }

    private static List<FormError> check(byte[] bytes, ReadLimits limits) throws Exception {
        return LookBackForm.check(new ByteArrayInputStream(bytes), MASTER, Forms.NOVEMBER, Fixtures.engine(), limits);
    }

    private static FormError refused(List<FormError> errors, FormErrorCode code) {
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.cell()).isNull();
            assertThat(e.message()).isNotBlank();
        });
        return errors.get(0);
    }

    @Test
    void random_bytes_are_not_a_spreadsheet() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        refused(check(noise), FormErrorCode.NOT_A_SPREADSHEET);
        refused(check(new byte[0]), FormErrorCode.NOT_A_SPREADSHEET);
        refused(check("问题序号,所在地\n1,南通市崇川区\n".getBytes(StandardCharsets.UTF_8)), FormErrorCode.NOT_A_SPREADSHEET);
    }

    @Test
    void a_zip_that_is_not_a_workbook_and_a_truncated_workbook_are_not_spreadsheets() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("不是表格".getBytes(StandardCharsets.UTF_8));
        }
        refused(check(zip.toByteArray()), FormErrorCode.NOT_A_SPREADSHEET);
        byte[] form = Forms.december10("SD-RENGANG", FormFormat.XLSX);
        refused(check(java.util.Arrays.copyOf(form, form.length / 2)), FormErrorCode.NOT_A_SPREADSHEET);
    }

    @Test
    void an_encrypted_xlsx_is_refused() throws Exception {
        byte[] form = Forms.december10("SD-RENGANG", FormFormat.XLSX);
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("街道密码");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(form));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(encrypted);
        }
        refused(check(encrypted.toByteArray()), FormErrorCode.ENCRYPTED);
    }

    @Test
    void a_zip_bomb_is_refused_before_poi_inflates_it() throws IOException {
        byte[] form = Forms.december10("SD-RENGANG", FormFormat.XLSX);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(form));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            ZipArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(spaces);   // 64 MB of white space: a few dozen kilobytes compressed
                    }
                } else {
                    in.transferTo(out);
                }
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        FormError error = refused(check(bomb.toByteArray()), FormErrorCode.ZIP_BOMB);
        assertThat(error.message()).contains("xl/worksheets/sheet1.xml");
    }

    @Test
    void an_oversized_file_is_refused_and_a_path_is_refused_unread(@TempDir Path dir) throws Exception {
        byte[] form = Forms.december10("SD-RENGANG", FormFormat.XLSX);
        ReadLimits small = ReadLimits.DEFAULT.withMaxFileBytes(form.length - 1);
        FormError error = refused(check(form, small), FormErrorCode.TOO_LARGE);
        assertThat(error.found()).isEqualTo(form.length + "字节");
        Path file = Files.write(dir.resolve("form.xlsx"), form);
        refused(LookBackForm.check(file, MASTER, Forms.NOVEMBER, Fixtures.engine(), small), FormErrorCode.TOO_LARGE);
        assertThat(LookBackForm.check(file, MASTER, Forms.NOVEMBER, Fixtures.engine(),
                ReadLimits.DEFAULT.withMaxFileBytes(form.length))).isEmpty();
    }

    @Test
    void too_many_rows_are_refused() throws Exception {
        byte[] form = Forms.december10("SD-RENGANG", FormFormat.XLS);   // 11 rows
        refused(check(form, ReadLimits.DEFAULT.withMaxRows(10)), FormErrorCode.TOO_MANY_ROWS);
        assertThat(check(form, ReadLimits.DEFAULT.withMaxRows(11))).isEmpty();
    }
}
