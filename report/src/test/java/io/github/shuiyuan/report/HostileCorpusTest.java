package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The crafted spreadsheets of the adversarial run, made by {@link HostileSpreadsheets}: each is refused with
 * its exact code, naming the part or the cell, and no exception escapes. Before the part scan POI printed a
 * stack trace for most of these, or reached them only after loading everything.
 */
class HostileCorpusTest {

    private static final CaseFile MASTER = CaseFiles.sample();

    private static List<FormError> check(byte[] bytes) {
        return Forms.checkNovember(bytes);
    }

    private static List<FormError> check(byte[] bytes, ReadLimits limits) throws Exception {
        return LookBackForm.check(new ByteArrayInputStream(bytes), MASTER, Forms.NOVEMBER, Fixtures.engine(), limits);
    }

    static Stream<Arguments> crafted() {
        return Stream.of(
                parts("DOCTYPE in docProps/core.xml", () -> HostileSpreadsheets.doctypeIn("docProps/core.xml"), "docProps/core.xml"),
                parts("DOCTYPE in [Content_Types].xml", () -> HostileSpreadsheets.doctypeIn("[Content_Types].xml"), "[Content_Types].xml"),
                parts("DOCTYPE in _rels/.rels", () -> HostileSpreadsheets.doctypeIn("_rels/.rels"), "_rels/.rels"),
                parts("DOCTYPE in the sheet", () -> HostileSpreadsheets.doctypeIn(HostileSpreadsheets.SHEET), HostileSpreadsheets.SHEET),
                parts("merge A5:ZZZZZ5", () -> HostileSpreadsheets.merge("A5:ZZZZZ5"), "A5:ZZZZZ5"),
                parts("merge C6:A5", () -> HostileSpreadsheets.merge("C6:A5"), "C6:A5"),
                cell("shared string 999", () -> HostileSpreadsheets.cell("C5", "<c r=\"C5\" t=\"s\"><v>999</v></c>"), "C5"),
                cell("shared string abc", () -> HostileSpreadsheets.cell("C5", "<c r=\"C5\" t=\"s\"><v>abc</v></c>"), "C5"),
                cell("numeric cell abc", () -> HostileSpreadsheets.cell("A5", "<c r=\"A5\"><v>abc</v></c>"), "A5"),
                cell("error #BOGUS!", () -> HostileSpreadsheets.cell("A5", "<c r=\"A5\" t=\"e\"><v>#BOGUS!</v></c>"), "A5"),
                cell("date 99999999", HostileCorpusTest::dateFarBeyondYear9999, "E3"),
                whole("xlsm with a VBA project", HostileSpreadsheets::macroEnabled, FormErrorCode.MACRO_ENABLED),
                whole("unreferenced OLE object", HostileSpreadsheets::unreferencedOleObject, FormErrorCode.EMBEDDED_OBJECT));
    }

    private static Arguments parts(String name, Supplier<byte[]> file, String named) {
        return Arguments.of(name, file, FormErrorCode.PART_UNREADABLE, null, named);
    }

    private static Arguments cell(String name, Supplier<byte[]> file, String ref) {
        return Arguments.of(name, file, FormErrorCode.CELL_UNREADABLE, ref, ref);
    }

    private static Arguments whole(String name, Supplier<byte[]> file, FormErrorCode code) {
        return Arguments.of(name, file, code, null, "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crafted")
    void is_refused_with_its_code_naming_the_part_or_cell(String name, Supplier<byte[]> file, FormErrorCode code,
                                                           String cell, String named) throws IOException {
        List<FormError> errors = check(file.get());
        assertThat(errors).as(name).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.cell()).isEqualTo(cell);
            assertThat(e.message()).contains(named).doesNotContain("Exception");
        });
    }

    @Test
    void the_same_sheet_without_the_fault_passes() throws IOException {
        assertThat(check(HostileSpreadsheets.rewrite(HostileSpreadsheets.SHEET, xml -> xml))).isEmpty();
        assertThat(check(HostileSpreadsheets.merge("H30:I30"))).isEmpty();
    }

    @Test
    void a_million_row_declaration_is_refused_at_the_limit_without_loading_it() throws Exception {
        byte[] million = HostileSpreadsheets.rows(1_048_576);
        assertThat(million.length).isLessThan((int) ReadLimits.DEFAULT.maxFileBytes());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        List<FormError> errors = check(million);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long megabytes = (threads.getCurrentThreadAllocatedBytes() - allocated) / (1024 * 1024);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(FormErrorCode.TOO_MANY_ROWS));
        assertThat(megabytes).as("MB allocated").isLessThan(256);
        assertThat(millis).as("ms, on a loaded machine").isLessThan(10_000);
        ReadLimits hundred = ReadLimits.DEFAULT.withMaxRows(100);
        assertThat(check(HostileSpreadsheets.rows(100), hundred))
                .noneMatch(e -> e.code() == FormErrorCode.TOO_MANY_ROWS);
        assertThat(check(HostileSpreadsheets.rows(101), hundred))
                .singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(FormErrorCode.TOO_MANY_ROWS));
    }

    private static byte[] dateFarBeyondYear9999() {
        return Tamper.edit(HostileSpreadsheets.form(), sheet -> {
            var cell = Tamper.cell(sheet, "E3");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            cell.setBlank();
            cell.setCellValue(99_999_999d);
            cell.setCellStyle(date);
        });
    }
}
