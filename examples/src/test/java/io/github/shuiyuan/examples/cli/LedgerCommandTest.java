package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ledger export} and {@code ledger import} run as a district clerk would run them, on the bundled sample. */
class LedgerCommandTest {

    static final String SAMPLE = Run.SAMPLE.toString();

    @Test
    void exportWritesThePublishedTableInBothFormats(@TempDir Path dir) throws Exception {
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
    void exportRefusesAnOutputThatIsNoSpreadsheetWithExit2(@TempDir Path dir) {
        Run run = Run.of("ledger", "export", SAMPLE, "--as-of", "2018-07-20", "--out", dir.resolve("台账.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("[UNKNOWN_FORMAT]");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void exportTakesARulesOverlay(@TempDir Path dir) {
        Run run = Run.of("ledger", "export", SAMPLE, "--as-of", "2018-07-20", "--out", dir.resolve("台账.xlsx").toString(),
                "--rules", dir.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("[RULES_DIR_NOT_FOUND]");
    }
}
