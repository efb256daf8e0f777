package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.ReadLimits;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.ProblemView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Checks one filled-in form from its bytes: opens it guardedly ({@link SpreadsheetOpener}), scans every cell
 * ({@link SheetScan}), reads its first sheet ({@link FormReader}), checks its date against the period
 * ({@link FilingPeriod}) and, as of D, its rows against the case file ({@link FactCheck}, with the assessment
 * the engine makes as of D). Returns what it says with every error and warning; the content is only trusted
 * when there are no errors.
 */
public final class FormCheck {

    private FormCheck() {
    }

    /**
     * What a form is checked against: the case file, the period it reports, and the engine whose assessment
     * as of D says what the rows must state (the same rules, overlay included, as the writer's).
     */
    public record Against(CaseFile caseFile, YearMonth period, ComplianceEngine engine) {

        public Against {
            Objects.requireNonNull(caseFile, "caseFile");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(engine, "engine");
        }
    }

    /**
     * The outcome of a check: the form as read (empty when refused or unreadable), every error and warning in
     * sheet order, D (null when it could not be worked out), and the views of the rows the form must hold as of
     * D (the checked facts; empty when the rows could not be compared).
     */
    public record Outcome(Optional<FilledForm> form, List<FormError> errors, LocalDate comparedOn,
                          List<ProblemView> facts) {

        public Outcome {
            errors = List.copyOf(errors);
            facts = List.copyOf(facts);
        }

        /** Whether the form passed every check (warnings allowed) and its rows were compared. */
        public boolean passed() {
            return FormError.noErrors(errors) && form.isPresent() && comparedOn != null;
        }

        /** The warnings alone. */
        public List<FormError> warnings() {
            return errors.stream().filter(FormError::warning).toList();
        }
    }

    /**
     * Checks the form in the file at {@code path}; a file larger than the limit is refused unread.
     *
     * @throws IOException               when the file cannot be read at all
     * @throws InvalidCaseFileException when the case file is invalid, so that nothing can be compared with it
     */
    public static Outcome check(Path path, Against against, ReadLimits limits) throws IOException, InvalidCaseFileException {
        try {
            return check(new SpreadsheetOpener(limits).read(path), against, limits);
        } catch (RefusedFile refused) {
            return refused(refused);
        }
    }

    /** Checks the form in {@code bytes}. */
    public static Outcome check(byte[] bytes, Against against, ReadLimits limits) throws InvalidCaseFileException {
        List<FormError> errors = new ArrayList<>();
        Optional<FilledForm> form;
        try (Workbook workbook = new SpreadsheetOpener(limits).open(bytes)) {
            if (workbook.getNumberOfSheets() == 0) {
                errors.add(FormError.of(null, FormErrorCode.HEADER_NOT_FOUND, "统计表工作表", "没有工作表",
                        "文件中没有工作表，无法核对。"));
                return new Outcome(Optional.empty(), errors, null, List.of());
            }
            new SheetScan(errors).scan(workbook);
            form = new FormReader(workbook.getSheetAt(0), against.caseFile(), errors).read();
        } catch (RefusedFile refused) {
            return refused(refused);
        } catch (UnreadableCell unreadable) {
            return new Outcome(Optional.empty(), List.of(unreadable.error()), null, List.of());
        } catch (IOException | RuntimeException e) {
            return new Outcome(Optional.empty(), List.of(FormError.of(null, FormErrorCode.NOT_A_SPREADSHEET,
                    "xlsx或xls文件", "无法读取", "表格内容无法读取（" + e.getClass().getSimpleName() + "），请使用EXCEL格式制表。")),
                    null, List.of());
        }
        if (form.isEmpty()) {
            return new Outcome(form, sorted(errors), null, List.of());
        }
        return compare(form.get(), against, errors);
    }

    private static Outcome compare(FilledForm form, Against against, List<FormError> errors) throws InvalidCaseFileException {
        FilingPeriod period = new FilingPeriod(against.period());
        if (form.filledOn() != null) {
            period.check(form.filledOn(), Cells.ref(LookBackTemplate.META_ROW, LookBackTemplate.LEFT_HALF_END + 1), errors);
        }
        if (form.unitId() == null) {
            return new Outcome(Optional.of(form), sorted(errors), null, List.of());
        }
        Optional<LocalDate> asOf = period.comparedOn(form.filledOn(), form.unitId(), against.caseFile());
        if (asOf.isEmpty()) {
            return new Outcome(Optional.of(form), sorted(errors), null, List.of());
        }
        List<ProblemView> facts = FormContent.listed(against.engine().assess(against.caseFile(), asOf.get()), form.unitId());
        new FactCheck(new MasterList(against.caseFile()), form.unitId(), asOf.get(), facts, errors).check(form.rows());
        return new Outcome(Optional.of(form), sorted(errors), asOf.get(), facts);
    }

    /** The outcome for a file refused before it was opened. */
    public static Outcome refused(RefusedFile refused) {
        return new Outcome(Optional.empty(), List.of(refused.error()), null, List.of());
    }

    /** In sheet order: the whole file first, then the form's cells by row and column, then other sheets. */
    private static List<FormError> sorted(List<FormError> errors) {
        List<FormError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingLong(FormCheck::position));
        return sorted;
    }

    private static long position(FormError error) {
        if (error.cell() == null) {
            return -1;
        }
        CellReference ref = new CellReference(error.cell());
        if (ref.getSheetName() != null) {
            return Long.MAX_VALUE;
        }
        return (long) ref.getRow() * 16_384 + ref.getCol();
    }
}
