package io.github.shuiyuan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.report.internal.Consolidator;
import io.github.shuiyuan.report.internal.FormCheck;
import io.github.shuiyuan.report.internal.FormContent;
import io.github.shuiyuan.report.internal.FormWriter;
import io.github.shuiyuan.report.internal.RefusedFile;
import io.github.shuiyuan.report.internal.SpreadsheetOpener;
import io.github.shuiyuan.report.internal.StyleBook;
import io.github.shuiyuan.report.internal.Workbooks;
import io.github.shuiyuan.rules.Assessment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The look-back form (饮用水水源地已整改环境问题“回头看”情况统计表) that every sub-district files monthly:
 * write it from a case file, check a filled-in one against the master list, consolidate many into one
 * district workbook.
 *
 * <pre>{@code
 * Assessment a = engine.assess(caseFile, LocalDate.of(2018, 12, 10));
 * try (OutputStream out = Files.newOutputStream(Path.of("任港街道.xlsx"))) {
 *     LookBackForm.write(caseFile, a, "SD-RENGANG", "PER-002", FormFormat.XLSX, out);
 * }
 * List<FormError> errors = LookBackForm.check(Path.of("任港街道.xlsx"), caseFile);   // empty: passes
 * }</pre>
 *
 * <p>Writing and checking share one declarative spec of the form, so what is written passes the check.
 * Checking never throws for bad content: hostile files (not a spreadsheet, encrypted, too large, zip bombs,
 * too many rows) come back as one {@link FormError} each. Static methods; thread-safe.
 */
public final class LookBackForm {

    private LookBackForm() {
    }

    /**
     * The content of a unit's form as of the assessment's date: its problems rectified or closed by then,
     * in serial order, with their latest look-back, whether their rectification holds, and their close-out
     * status; 填表人 and 联系方式 from {@code filledByPersonId} (null to leave them blank).
     *
     * @throws IllegalArgumentException when the unit or person is not in the case file
     */
    public static LookBackSheet sheet(CaseFile caseFile, Assessment assessment, String unitId, String filledByPersonId) {
        return FormContent.of(caseFile, assessment, unitId, filledByPersonId);
    }

    /**
     * Writes a unit's form as of the assessment's date (see {@link #sheet}) to {@code out} (left open).
     *
     * @throws IllegalArgumentException when the unit or person is not in the case file
     */
    public static void write(CaseFile caseFile, Assessment assessment, String unitId, String filledByPersonId,
                             FormFormat format, OutputStream out) throws IOException {
        write(sheet(caseFile, assessment, unitId, filledByPersonId), format, out);
    }

    /**
     * Writes a form with this content to {@code out} (left open). Rows are consumed once, in order, and an
     * .xlsx keeps only a small window of them in memory, so a lazy {@link Iterable} of any length streams.
     *
     * @throws IllegalArgumentException when a cell text is longer than a spreadsheet cell holds, or an .xls
     *                                  would have more rows than the format allows
     */
    public static void write(LookBackSheet sheet, FormFormat format, OutputStream out) throws IOException {
        Workbook workbook = Workbooks.create(format, sheet.filledOn());
        try {
            FormWriter.write(workbook.createSheet(sheetName(sheet)), new StyleBook(workbook), sheet);
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
        Workbooks.save(workbook, out);
    }

    /** Checks the filled-in form at {@code form} against the master list with the default limits. */
    public static List<FormError> check(Path form, CaseFile master) throws IOException {
        return check(form, master, ReadLimits.DEFAULT);
    }

    /**
     * Checks the filled-in form at {@code form} against the master list: layout unchanged, every row
     * consistent. A file larger than the limit is refused without being read.
     *
     * @return every error, in sheet order; empty when the form passes
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    public static List<FormError> check(Path form, CaseFile master, ReadLimits limits) throws IOException {
        return FormCheck.check(form, master, limits).errors();
    }

    /** Checks a form read from {@code in} (not closed) with the default limits. */
    public static List<FormError> check(InputStream in, CaseFile master) throws IOException {
        return check(in, master, ReadLimits.DEFAULT);
    }

    /** Checks a form read from {@code in} (not closed); at most one byte past the size limit is read. */
    public static List<FormError> check(InputStream in, CaseFile master, ReadLimits limits) throws IOException {
        try {
            return FormCheck.check(new SpreadsheetOpener(limits).read(in), master, limits).errors();
        } catch (RefusedFile refused) {
            return List.of(refused.error());
        }
    }

    /**
     * Merges sub-district forms into one district workbook (.xlsx) written to {@code out}: a summary sheet
     * (汇总) and one sheet per unit, named by the unit. Forms that fail the check, and a second form of a
     * unit already taken, are refused and left out whole.
     */
    public static Consolidation consolidate(List<Path> forms, CaseFile master, OutputStream out) throws IOException {
        return Consolidator.consolidate(forms, master, ReadLimits.DEFAULT, out);
    }

    /** The errors as JSON (an array of objects), as the command line prints them. */
    public static String toJson(List<FormError> errors) {
        try {
            return JsonMappers.newMapper().writeValueAsString(errors) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(LookBackSheet sheet) {
        return WorkbookUtil.createSafeSheetName(
                sheet.unitName() == null || sheet.unitName().isBlank() ? "回头看情况统计表" : sheet.unitName());
    }
}
