package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.json.CaseFileJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ledger export} and {@code ledger import} run as a district clerk would run them, on the bundled sample. */
class LedgerCommandTest {

    static final String SAMPLE = Run.SAMPLE.toString();

    @Test
    void export_writes_the_published_table_in_both_formats(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"台账.xlsx", "台账.xls"}) {
            Path out = dir.resolve(name);
            Run run = Run.of("ledger", "export", SAMPLE, "--as-of", "2018-07-20", "--out", out.toString());
            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.out()).contains("崇川区饮用水水源地环境问题清理整治进展情况统计表（2018年7月20日）", "共18个问题", "[OK]");
            try (Workbook workbook = WorkbookFactory.create(out.toFile())) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("崇川区饮用水水源地环境问题清理整治进展情况统计表（2018年7月20日）");
                assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(19);
            }
        }
    }

    @Test
    void export_refuses_an_output_that_is_no_spreadsheet_with_exit2(@TempDir Path dir) {
        Run run = Run.of("ledger", "export", SAMPLE, "--as-of", "2018-07-20", "--out", dir.resolve("台账.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("[WRONG_EXTENSION]");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void export_takes_a_rules_overlay(@TempDir Path dir) {
        Run run = Run.of("ledger", "export", SAMPLE, "--as-of", "2018-07-20", "--out", dir.resolve("台账.xlsx").toString(),
                "--rules", dir.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("[RULES_DIR_NOT_FOUND]");
    }

    @Test
    void import_of_the_export_changes_nothing_and_dry_run_writes_nothing(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("台账.xlsx");
        assertThat(Run.of("ledger", "export", SAMPLE, "--as-of", "2018-10-31", "--out", ledger.toString()).exitCode()).isZero();
        Run dry = Run.of("ledger", "import", ledger.toString(), "--into", SAMPLE, "--dry-run");
        assertThat(dry.exitCode()).as(dry.all()).isZero();
        assertThat(dry.out()).contains("第3行 序号1 PRB-001 未变", "台账日期2018-10-31：新增0个问题，更新0个，不变20个", "[DRY_RUN]");
        assertThat(dir.toFile().list()).containsExactly("台账.xlsx");

        Path out = dir.resolve("新案卷.json");
        Run run = Run.of("ledger", "import", ledger.toString(), "--into", SAMPLE, "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("[OK]");
        CaseFileJson json = CaseFileJson.strict();
        assertThat(json.writeString(json.read(out))).isEqualTo(json.writeString(json.read(Run.SAMPLE)));
    }

    @Test
    void a_bad_ledger_lists_every_error_by_cell_with_exit1_and_writes_nothing(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("台账.xlsx");
        Run.of("ledger", "export", SAMPLE, "--as-of", "2018-10-31", "--out", ledger.toString());
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(ledger))) {
            for (var edit : new Object[][] {{7, 13, "三成"}, {2, 6, "噪声"}}) {
                var cell = workbook.getSheetAt(0).getRow((int) edit[0]).getCell((int) edit[1]);
                cell.setBlank(); // the export writes inline strings, which XSSF would keep reading otherwise
                cell.setCellValue((String) edit[2]);
            }
            try (var stream = Files.newOutputStream(ledger)) {
                workbook.write(stream);
            }
        }
        Path out = dir.resolve("新案卷.json");
        Run run = Run.of("ledger", "import", ledger.toString(), "--into", SAMPLE, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("G3 ", "[CATEGORY_UNKNOWN]", "N8 ", "[PROGRESS_FORMAT]", "共2处错误", "[LEDGER_INVALID]");
        assertThat(out).doesNotExist();
    }

    @Test
    void import_refuses_to_write_over_its_input_and_needs_out_unless_dry_run(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(Run.SAMPLE, dir.resolve("case.json"));
        Path ledger = dir.resolve("台账.xlsx");
        Run.of("ledger", "export", SAMPLE, "--as-of", "2018-10-31", "--out", ledger.toString());
        Run same = Run.of("ledger", "import", ledger.toString(), "--into", copy.toString(), "--out", copy.toString());
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("[OUTPUT_IS_INPUT]");
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(Run.SAMPLE));
        Run noOut = Run.of("ledger", "import", ledger.toString(), "--into", copy.toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
    }
}
