package io.github.shuiyuan.report;

import static io.github.shuiyuan.testing.CaseFiles.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ledger import: the export of any date imports into the same case file as no change; every bad cell is named. */
class LedgerImportTest {

    @TempDir
    Path dir;

    /** The sample with a progress figure, remarks and personal data in a text the export scrubs. */
    static CaseFile sample() {
        return CaseFiles.sampleDraft()
                .changeProblem("PRB-006", p -> p.progressPercent(decimal("40")))
                .changeProblem("PRB-003", p -> p.remarks("已签协议"))
                .changeProblem("PRB-001", p -> p.result("排口已封堵，李某（13912345678）现场核实"))
                .build();
    }

    LedgerImport merge(byte[] ledger, String name, CaseFile file, LocalDate asOf) {
        try {
            Path path = Files.write(dir.resolve(name), ledger);
            return Ledger.merge(path, file, asOf, Fixtures.engine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"2018-03-31, XLSX", "2018-07-20, XLS", "2018-10-31, XLSX", "2018-12-10, XLS"})
    void an_export_imported_into_the_same_case_file_changes_nothing(LocalDate asOf, FormFormat format) {
        CaseFile file = sample();
        LedgerImport result = merge(LedgerExportTest.export(file, asOf, format), "台账." + format.name().toLowerCase(), file, null);
        assertThat(result.errors()).isEmpty();
        assertThat(result.ledgerDate()).isEqualTo(asOf);
        assertThat(result.caseFile()).isEqualTo(file);
        assertThat(result.changes()).isNotEmpty().allMatch(c -> c.kind() == LedgerChange.Kind.UNCHANGED);
    }

    @Test
    void a_county_ledger_imports_into_the_bundled_sample() {
        CaseFile file = CaseFiles.sample();
        LedgerImport result = merge(CountyLedger.chongchuan(), "崇川区台账.xlsx", file, null);
        assertThat(result.errors()).isEmpty();
        assertThat(result.ledgerDate()).isEqualTo(LocalDate.of(2018, 12, 10));
        CaseFile merged = result.caseFile();
        assertThat(problem(merged, "PRB-020").status()).isEqualTo(ProblemStatus.RECTIFIED);
        assertThat(problem(merged, "PRB-020").rectifiedOn()).isEqualTo(LocalDate.of(2018, 11, 20));
        assertThat(problem(merged, "PRB-006").progressPercent()).isEqualByComparingTo("30");
        assertThat(problem(merged, "PRB-012").progressPercent()).isEqualByComparingTo("45");
        assertThat(problem(merged, "PRB-012").deadline()).as("2018年11月 names the extension in force").isEqualTo(LocalDate.of(2018, 9, 30));
        assertThat(problem(merged, "PRB-008").progressPercent()).isEqualByComparingTo("30");
        assertThat(problem(merged, "PRB-005")).as("否 for a relapse is consistent").isEqualTo(problem(file, "PRB-005"));
        Problem added = problem(merged, "PRB-21");
        assertThat(added.waterSourceId()).isEqualTo("WS-002");
        assertThat(added.zoneLevel()).isEqualTo(ZoneLevel.SECOND);
        assertThat(added.category()).isEqualTo(ProblemCategory.CONSTRUCTION_PROJECT);
        assertThat(added.deadline()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(added.status()).isEqualTo(ProblemStatus.RECTIFYING);
        assertThat(added.progressPercent()).isEqualByComparingTo("10");
        assertThat(added.identifiedOn()).isEqualTo(LocalDate.of(2018, 12, 10));
        assertThat(added.responsibleUnitId()).isEqualTo(file.waterSource("WS-002").orElseThrow().responsibleUnitId());
        Problem other = problem(merged, "PRB-22");
        assertThat(other.category()).isEqualTo(ProblemCategory.OTHER);
        assertThat(other.description()).startsWith("生活面源：");
        assertThat(other.status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(result.count(LedgerChange.Kind.ADDED)).isEqualTo(2);
        assertThat(result.count(LedgerChange.Kind.UPDATED)).isEqualTo(4);
        assertThat(result.count(LedgerChange.Kind.UNCHANGED)).isEqualTo(2);
        assertThat(merged.problems()).hasSize(22);
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "A3 | 一 | SERIAL_NOT_INTEGER",
        "A3 | 1.5 | SERIAL_NOT_INTEGER",
        "A4 | 1 | SERIAL_DUPLICATE",
        "B3 | 浙江省 | PROVINCE_MISMATCH",
        "D3 | 长江水源地 | SOURCE_UNKNOWN",
        "D13 | 长江崇川段取水口水源地 | LEDGER_SERIAL_SOURCE",
        "E3 | 省级 | SOURCE_LEVEL_UNKNOWN",
        "E3 | 县级 | SOURCE_LEVEL_MISMATCH",
        "F3 | 三级 | ZONE_UNKNOWN",
        "G3 | 噪声 | CATEGORY_UNKNOWN",
        "J3 | 年底前 | DEADLINE_FORMAT",
        "J3 | 2018年2月30日 | DEADLINE_FORMAT",
        "J3 | 2018年1月31日 | DEADLINE_CHANGED",
        "J8 | 2018年10月 | DEADLINE_CHANGED",
        "M3 | 完成 | DONE_NOT_YES_NO",
        "M3 | 否 | NOT_DONE_BUT_RECTIFIED",
        "M8 | 是 | DONE_WITHOUT_DATE",
        "N3 | 90 | PROGRESS_DONE_MISMATCH",
        "N8 | 100 | PROGRESS_DONE_MISMATCH",
        "N8 | 三成 | PROGRESS_FORMAT",
        "N8 | 120% | PROGRESS_FORMAT",
        "G2 | 类型 | LEDGER_COLUMN_MISMATCH",
        "O2 | 责任单位 | EXTRA_COLUMN",
        "G25 | 排污口 | REQUIRED_FOR_NEW"})
    void each_malformed_cell_is_refused_by_name(String cell, String value, FormErrorCode code) {
        Consumer<Sheet> edit = Tamper.text(cell, value);
        if (cell.equals("G25")) {
            edit = edit.andThen(Tamper.number("A25", 30));
        }
        LedgerImport result = merge(Tamper.edit(LedgerExportTest.export(sample(), Fixtures.DEC_10, FormFormat.XLSX), edit),
                "台账.xlsx", sample(), null);
        assertThat(result.accepted()).isFalse();
        assertThat(result.caseFile()).isNull();
        assertThat(result.errors()).as(result.errors().toString())
                .anyMatch(e -> e.code() == code && (cell.equals("G25") ? "D25".equals(e.cell()) : cell.equals(e.cell())));
    }

    @Test
    void the_quiet_side_of_the_boundaries() {
        byte[] ledger = Tamper.edit(LedgerExportTest.export(sample(), Fixtures.DEC_10, FormFormat.XLSX),
                Tamper.text("J8", "2018年11月").andThen(Tamper.text("N8", "55%")).andThen(Tamper.text("B3", "江苏")));
        LedgerImport result = merge(ledger, "台账.xlsx", sample(), null);
        assertThat(result.errors()).isEmpty();
        assertThat(problem(result.caseFile(), "PRB-006").progressPercent()).isEqualByComparingTo("55");
        assertThat(problem(result.caseFile(), "PRB-006").deadline()).isEqualTo(LocalDate.of(2018, 11, 30));
    }

    @Test
    void a_yes_needs_a_completion_date_on_or_before_the_ledger_date_that_no_record_contradicts() {
        byte[] ledger = LedgerExportTest.export(sample(), LocalDate.of(2018, 10, 20), FormFormat.XLSX);
        LedgerImport conflict = merge(Tamper.edit(ledger, Tamper.text("M21", "是").andThen(Tamper.text("L21", "已于2018年10月1日完成"))),
                "a.xlsx", sample(), null);
        assertThat(conflict.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(FormErrorCode.RECTIFIED_ON_CONFLICT);
            assertThat(e.cell()).isEqualTo("M21");
            assertThat(e.expected()).isEqualTo("2018年10月26日");
        });
        LedgerImport late = merge(Tamper.edit(ledger, Tamper.text("M8", "是").andThen(Tamper.text("N8", ""))
                .andThen(Tamper.text("K8", "已于2018年10月21日完成"))),
                "b.xlsx", sample(), null);
        assertThat(late.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(FormErrorCode.DONE_WITHOUT_DATE));
        LedgerImport extension = merge(Tamper.edit(ledger, Tamper.text("M8", "是").andThen(Tamper.text("N8", ""))
                .andThen(Tamper.text("K8", "已延期至2018年10月1日"))),
                "c.xlsx", sample(), null);
        assertThat(extension.errors()).as("the export's own phrase is never a completion date").singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo(FormErrorCode.DONE_WITHOUT_DATE));
        LedgerImport done = merge(Tamper.edit(ledger, Tamper.text("M8", "是").andThen(Tamper.text("N8", ""))
                .andThen(Tamper.text("L8", "已于2018年10月1日完成"))), "d.xlsx", sample(), null);
        assertThat(done.errors()).isEmpty();
        assertThat(problem(done.caseFile(), "PRB-006").status()).isEqualTo(ProblemStatus.RECTIFIED);
        assertThat(problem(done.caseFile(), "PRB-006").rectifiedOn()).isEqualTo(LocalDate.of(2018, 10, 1));
        assertThat(problem(done.caseFile(), "PRB-006").progressPercent()).isNull();
    }

    @Test
    void a_ledger_without_a_date_needs_one_given() {
        byte[] ledger = Tamper.edit(LedgerExportTest.export(sample(), Fixtures.DEC_10, FormFormat.XLSX),
                Tamper.text("A1", "崇川区饮用水水源地环境问题清理整治进展情况统计表"));
        assertThat(merge(ledger, "a.xlsx", sample(), null).errors())
                .singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(FormErrorCode.LEDGER_DATE_MISSING));
        assertThat(merge(ledger, "b.xlsx", sample(), Fixtures.DEC_10).errors()).isEmpty();
    }

    @Test
    void a_formula_is_reported_never_evaluated() {
        byte[] ledger = Tamper.edit(LedgerExportTest.export(sample(), Fixtures.DEC_10, FormFormat.XLSX),
                sheet -> Tamper.cell(sheet, "N8").setCellFormula("10*3"));
        assertThat(merge(ledger, "a.xlsx", sample(), null).errors())
                .anyMatch(e -> e.code() == FormErrorCode.FORMULA && "N8".equals(e.cell()));
    }

    @Test
    void a_file_that_is_no_spreadsheet_is_refused_whole() {
        LedgerImport result = merge("不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.xlsx", sample(), null);
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(FormErrorCode.NOT_A_SPREADSHEET));
    }

    static Problem problem(CaseFile file, String id) {
        return file.problem(id).orElseThrow(() -> new AssertionError("no " + id));
    }
}
