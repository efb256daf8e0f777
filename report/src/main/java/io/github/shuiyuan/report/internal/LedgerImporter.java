package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.CaseFileValidator;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import io.github.shuiyuan.report.FormError;
import io.github.shuiyuan.report.FormErrorCode;
import io.github.shuiyuan.report.LedgerImport;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A ledger import from an opened workbook to its outcome: read the table, settle the ledger's date, assess the
 * case file as of that date, merge, and check the result with the strict validator. Nothing is returned as
 * accepted unless the whole ledger is.
 */
public final class LedgerImporter {

    private LedgerImporter() {
    }

    /** Merges the ledger in {@code workbook} into {@code caseFile} as of {@code asOf}, or its title's date when null. */
    public static LedgerImport merge(Workbook workbook, CaseFile caseFile, LocalDate asOf, ComplianceEngine engine) {
        LedgerTable.Read read = LedgerTable.read(workbook);
        List<FormError> errors = new ArrayList<>(read.errors());
        LocalDate date = asOf != null ? asOf : read.date();
        if (!errors.isEmpty() && read.lines().isEmpty()) {
            return LedgerImport.refused(date, errors);
        }
        if (date == null) {
            errors.add(FormError.of(null, FormErrorCode.LEDGER_DATE_MISSING, "标题中的日期（如“（2018年7月20日）”）或--as-of",
                    "（无）", "台账的标题中没有日期，也没有另行给出台账日期；每一行都要按台账日期核对，请在标题中写明日期或用--as-of给出。"));
            return LedgerImport.refused(null, errors);
        }
        Assessment assessment;
        try {
            assessment = engine.assess(caseFile, date);
        } catch (InvalidCaseFileException e) {
            return LedgerImport.refused(date, invalid(e.errors()));
        }
        LedgerMerge.Merged merged = LedgerMerge.merge(caseFile, assessment, read.lines(), errors);
        if (!errors.isEmpty()) {
            return LedgerImport.refused(date, errors);
        }
        CaseFile result = new CaseFile(caseFile.schemaVersion(), caseFile.jurisdiction(), caseFile.campaign(),
                caseFile.units(), caseFile.people(), merged.sources(), merged.problems(), caseFile.plans(),
                caseFile.inspections(), caseFile.evidence(), caseFile.monthlyReports(), caseFile.summaryReports(),
                caseFile.disclosures(), caseFile.samples(), caseFile.accountability());
        List<ValidationError> invalid = CaseFileValidator.validate(result);
        if (!invalid.isEmpty()) {
            return LedgerImport.refused(date, invalid(invalid));
        }
        return new LedgerImport(date, result, merged.changes(), List.of());
    }

    private static List<FormError> invalid(List<ValidationError> errors) {
        return errors.stream().map(e -> FormError.of(null, FormErrorCode.CASE_FILE_INVALID, "通过严格校验的案卷", e.path(),
                "导入后的案卷未通过校验：" + e.describe())).toList();
    }
}
