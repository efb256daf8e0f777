package io.github.shuiyuan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.report.internal.Consolidator;
import io.github.shuiyuan.report.internal.FormCheck;
import io.github.shuiyuan.report.internal.FormContent;
import io.github.shuiyuan.report.internal.FormWriter;
import io.github.shuiyuan.report.internal.RefusedFile;
import io.github.shuiyuan.report.internal.SpreadsheetOpener;
import io.github.shuiyuan.report.internal.StyleBook;
import io.github.shuiyuan.report.internal.Workbooks;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.jspecify.annotations.Nullable;

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
 * List<FormError> found = LookBackForm.check(Path.of("任港街道.xlsx"), caseFile, YearMonth.of(2018, 11), engine);
 * boolean passes = FormError.noErrors(found);                                        // warnings allowed
 * }</pre>
 *
 * <p>Writing and checking share one declarative spec of the form, so what is written passes the check (with a
 * warning where the case file's own 所在地 breaks the XX市XX县 form). The check compares facts, not wording:
 * what the case file records as of the date the form is compared at must be on the form. Checking never throws
 * for bad content: hostile files (not a spreadsheet, encrypted, too large, zip bombs, too many rows) come back
 * as one {@link FormError} each. Static methods; thread-safe.
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
    public static LookBackSheet sheet(CaseFile caseFile, Assessment assessment, String unitId,
                                      @Nullable String filledByPersonId) {
        return FormContent.of(caseFile, assessment, unitId, filledByPersonId);
    }

    /**
     * Writes a unit's form as of the assessment's date (see {@link #sheet}) to {@code out} (left open).
     *
     * @throws IllegalArgumentException when the unit or person is not in the case file
     */
    public static void write(CaseFile caseFile, Assessment assessment, String unitId, @Nullable String filledByPersonId,
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

    /**
     * Checks the filled-in form at {@code form} for the month {@code period} against the case file, with the
     * default read limits; see {@link #check(Path, CaseFile, YearMonth, ComplianceEngine, ReadLimits)}.
     */
    public static List<FormError> check(Path form, CaseFile caseFile, YearMonth period, ComplianceEngine engine)
            throws IOException, InvalidCaseFileException {
        return check(form, caseFile, period, engine, ReadLimits.DEFAULT);
    }

    /**
     * Checks the filled-in form at {@code form}, which reports the month {@code period}: the file and its layout
     * unchanged (note 1), its 填报时间 in the period or the month after, and every row's facts as the case file
     * bears them out on D, the later of the 填报时间 and the unit's recorded submission of its report for the
     * period: the row set, completion dates, latest look-backs, 是否完成整治 and the close-out claims 备注 leads with.
     * {@code engine}'s assessment as of D says what the rows must state: pass the engine the forms were written
     * with (the same rules overlay). A file larger than the limit is refused without being read.
     *
     * @return every error and warning ({@link FormError#warning()}), in sheet order; the form passes when
     *         {@link FormError#noErrors} holds
     * @throws IOException               when the file cannot be read at all (missing, no permission)
     * @throws InvalidCaseFileException when the case file is invalid, so that no form can be compared with it
     */
    public static List<FormError> check(Path form, CaseFile caseFile, YearMonth period, ComplianceEngine engine,
                                        ReadLimits limits) throws IOException, InvalidCaseFileException {
        return FormCheck.check(form, new FormCheck.Against(caseFile, period, engine), limits).errors();
    }

    /** Checks a form read from {@code in} (not closed) with the default limits. */
    public static List<FormError> check(InputStream in, CaseFile caseFile, YearMonth period, ComplianceEngine engine)
            throws IOException, InvalidCaseFileException {
        return check(in, caseFile, period, engine, ReadLimits.DEFAULT);
    }

    /** Checks a form read from {@code in} (not closed); at most one byte past the size limit is read. */
    public static List<FormError> check(InputStream in, CaseFile caseFile, YearMonth period, ComplianceEngine engine,
                                        ReadLimits limits) throws IOException, InvalidCaseFileException {
        byte[] bytes;
        try {
            bytes = new SpreadsheetOpener(limits).read(in);
        } catch (RefusedFile refused) {
            return List.of(refused.error());
        }
        return FormCheck.check(bytes, new FormCheck.Against(caseFile, period, engine), limits).errors();
    }

    /**
     * Merges sub-district forms for the month {@code period} into one district workbook (.xlsx) written to
     * {@code out}: a summary sheet (汇总: per unit its dates and the totals of its checked facts, and a 合计 line)
     * and one sheet per unit, named by the unit. Each form is checked as {@link #check} does; forms with errors,
     * and a second form of a unit already taken, are refused and left out whole. When every form is refused,
     * nothing at all is written to {@code out}.
     *
     * @throws InvalidCaseFileException when the case file is invalid
     */
    public static Consolidation consolidate(List<Path> forms, CaseFile caseFile, YearMonth period,
                                            ComplianceEngine engine, OutputStream out)
            throws IOException, InvalidCaseFileException {
        return Consolidator.consolidate(forms, new FormCheck.Against(caseFile, period, engine), ReadLimits.DEFAULT, out);
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
