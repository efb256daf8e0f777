package io.github.shuiyuan.report;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.report.internal.ChineseDates;
import io.github.shuiyuan.report.internal.LedgerImporter;
import io.github.shuiyuan.report.internal.LedgerRow;
import io.github.shuiyuan.report.internal.LedgerWriter;
import io.github.shuiyuan.report.internal.PersonalData;
import io.github.shuiyuan.report.internal.Provinces;
import io.github.shuiyuan.report.internal.RefusedFile;
import io.github.shuiyuan.report.internal.SpreadsheetOpener;
import io.github.shuiyuan.report.internal.StyleBook;
import io.github.shuiyuan.report.internal.UnreadableCell;
import io.github.shuiyuan.report.internal.Workbooks;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.ProblemView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * The problem ledger (附表1, 环境问题清单及整治进展情况) that counties keep and publish as their
 * 整治进展情况统计表: fourteen columns from 序号 to 整治进度（%）, one row per problem.
 *
 * <pre>{@code
 * Assessment a = engine.assess(caseFile, LocalDate.of(2018, 7, 20));
 * try (OutputStream out = Files.newOutputStream(Path.of("台账.xlsx"))) {
 *     Ledger.write(caseFile, a, FormFormat.XLSX, out);
 * }
 * }</pre>
 *
 * <p>The export is published: its free text carries no personal data (people's names, mobile and landline
 * numbers other than the publisher's public phone, ID numbers are masked as {@code ＊＊}). 是否完成整治 and
 * 整治进度 come from the assessment as of its date, so a relapsed problem reads 否 whatever was recorded.
 *
 * <p>{@link #merge} reads a district's own ledger back into a case file: every row judged as of the ledger's
 * date, matched by 序号 and 水源地名称, blank cells keeping what is recorded, and nothing accepted unless the
 * whole ledger is. Static methods; thread-safe.
 */
public final class Ledger {

    private Ledger() {
    }

    /** The title of the ledger as of {@code asOf}: {@code 崇川区饮用水水源地环境问题清理整治进展情况统计表（2018年7月20日）}. */
    public static String title(CaseFile caseFile, LocalDate asOf) {
        String name = caseFile.jurisdiction().name() == null ? "" : caseFile.jurisdiction().name();
        return name + "饮用水水源地环境问题清理整治进展情况统计表（" + ChineseDates.format(asOf) + "）";
    }

    /**
     * Writes the ledger as of the assessment's date to {@code out} (left open): every problem identified on or
     * before that date, in serial order. An .xlsx streams, so memory stays flat however many problems there are.
     *
     * @throws IllegalArgumentException when a cell text is longer than a spreadsheet cell holds, or an .xls
     *                                  would have more rows than the format allows
     */
    public static void write(CaseFile caseFile, Assessment assessment, FormFormat format, OutputStream out)
            throws IOException {
        Map<String, Problem> problems = caseFile.problems().stream()
                .collect(Collectors.toMap(Problem::id, Function.identity(), (a, b) -> a));
        Map<String, WaterSource> sources = caseFile.waterSources().stream()
                .collect(Collectors.toMap(WaterSource::id, Function.identity(), (a, b) -> a));
        String province = Provinces.of(caseFile.jurisdiction().code()).orElse("");
        PersonalData text = PersonalData.of(caseFile);
        Iterable<LedgerRow> rows = () -> assessment.problems().stream()
                .filter(v -> problems.containsKey(v.problemId()))
                .sorted(Comparator.comparingInt(ProblemView::serialNo).thenComparing(ProblemView::problemId))
                .map(v -> LedgerRow.of(problems.get(v.problemId()), v, sources.get(v.waterSourceId()), province, text))
                .iterator();
        Workbook workbook = Workbooks.create(format, assessment.asOf());
        try {
            LedgerWriter.write(workbook.createSheet("附表1"), new StyleBook(workbook), title(caseFile, assessment.asOf()), rows);
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
        Workbooks.save(workbook, out);
    }

    /**
     * Merges the ledger spreadsheet at {@code ledger} into {@code caseFile} with the default read limits. See
     * {@link #merge(Path, CaseFile, LocalDate, ComplianceEngine, ReadLimits)}.
     */
    public static LedgerImport merge(Path ledger, CaseFile caseFile, @Nullable LocalDate asOf, ComplianceEngine engine)
            throws IOException {
        return merge(ledger, caseFile, asOf, engine, ReadLimits.DEFAULT);
    }

    /**
     * Merges the ledger spreadsheet at {@code ledger} (.xlsx or .xls, opened with the same defences as a filled-in
     * look-back form) into {@code caseFile}, judging every row as of the ledger's date L: {@code asOf} when given,
     * else the date in the ledger's title. Rows match problems by 序号 and 水源地名称; an unmatched row adds a problem;
     * a blank cell keeps what is recorded; nothing may rewrite recorded history. The result is either the merged
     * case file, valid under the strict validator, with what each row changes — or every error by cell and no case
     * file. Exporting as of any date and importing the export into the same case file changes nothing.
     *
     * @param asOf   the ledger's date; null to take it from the title
     * @param engine the rules that judge the case file as of L (the per-problem view: relapses, status as of L)
     * @throws IOException when the file cannot be read at all (missing, no permission)
     */
    public static LedgerImport merge(Path ledger, CaseFile caseFile, @Nullable LocalDate asOf, ComplianceEngine engine,
                                     ReadLimits limits) throws IOException {
        SpreadsheetOpener opener = new SpreadsheetOpener(limits);
        try (Workbook workbook = opener.open(opener.read(ledger))) {
            return LedgerImporter.merge(workbook, caseFile, asOf, engine);
        } catch (RefusedFile refused) {
            return LedgerImport.refused(asOf, List.of(refused.error()));
        } catch (UnreadableCell unreadable) {
            return LedgerImport.refused(asOf, List.of(unreadable.error()));
        }
    }
}
