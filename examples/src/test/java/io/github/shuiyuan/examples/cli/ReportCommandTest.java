package io.github.shuiyuan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The report and disclose commands run as a person would run them, on the bundled sample. */
class ReportCommandTest {

    static final String SAMPLE = Path.of("data", "chongchuan-2018.json").toString();

    record Run(int exit, String out, String err) {
    }

    static Run run(Object command, String... args) {
        CommandLine line = Cli.commandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void a_written_form_passes_its_check_in_both_formats(@TempDir Path dir) {
        for (String name : List.of("任港街道.xlsx", "任港街道.xls")) {
            Path form = dir.resolve(name);
            Run written = run(new ReportCommand(), "lookback", SAMPLE, "--unit", "SD-RENGANG", "--as-of", "2018-12-10",
                    "--filled-by", "PER-002", "--out", form.toString());
            assertThat(written.exit()).as(written.err()).isZero();
            assertThat(written.out()).contains("任港街道", "共2个已整改问题", "[OK]");
            Run checked = run(new ReportCommand(), "check", form.toString(), "--against", SAMPLE, "--period", "2018-11",
                    "--format", "json");
            assertThat(checked.exit()).as(checked.out() + checked.err()).isZero();
            assertThat(checked.out().strip()).isEqualTo("[ ]");
        }
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("任港街道.xlsx", "任港街道.xls");
    }

    @Test
    void a_tampered_form_fails_its_check_with_exit_1_naming_the_cell(@TempDir Path dir) throws Exception {
        Path form = lookback(dir, "SD-RENGANG", "form.xlsx");
        tamper(form, "C5", "长江水源地");
        Run text = checkNovember(form);
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("C5", "水源地名称应为“长江崇川段取水口水源地”", "[SOURCE_NAME_MISMATCH]", "[FORM_INVALID]");
        Run json = checkNovember(form, "--format", "json");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).contains("\"cell\" : \"C5\"", "\"code\" : \"SOURCE_NAME_MISMATCH\"");
    }

    @Test
    void a_whitewashed_form_fails_and_a_form_with_only_warnings_passes(@TempDir Path dir) throws Exception {
        Path rengang = lookback(dir, "SD-RENGANG", "rengang.xlsx");
        tamper(rengang, "F6", "是");
        Run whitewashed = checkNovember(rengang);
        assertThat(whitewashed.exit()).isEqualTo(1);
        assertThat(whitewashed.out()).contains("F6", "是否完成整治应为“否”", "[DONE_MISMATCH]", "共1处错误");

        Path langshan = lookback(dir, "SD-LANGSHAN", "langshan.xlsx");
        Run warned = checkNovember(langshan);
        assertThat(warned.exit()).as(warned.out()).isZero();
        assertThat(warned.out()).contains("B9 提示：", "[CASE_FILE_LOCATION_FORMAT]", "核对通过", "另有1处提示");

        Run outside = run(new ReportCommand(), "check", langshan.toString(), "--against", SAMPLE, "--period", "2018-09");
        assertThat(outside.exit()).isEqualTo(1);
        assertThat(outside.out()).contains("E3", "[FILLED_ON_OUTSIDE_PERIOD]");
        assertThat(run(new ReportCommand(), "check", langshan.toString(), "--against", SAMPLE).exit()).isEqualTo(2);
    }

    @Test
    void a_file_that_is_no_spreadsheet_fails_with_exit_1_and_a_missing_one_with_exit_2(@TempDir Path dir) throws Exception {
        Path noise = Files.writeString(dir.resolve("form.xlsx"), "不是表格");
        Run refused = run(new ReportCommand(), "check", noise.toString(), "--against", SAMPLE, "--period", "2018-11");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("[NOT_A_SPREADSHEET]");
        Run missing = run(new ReportCommand(), "check", dir.resolve("none.xlsx").toString(), "--against", SAMPLE,
                "--period", "2018-11");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("[FILE_NOT_FOUND]").doesNotContain("Exception");
    }

    @Test
    void usage_errors_exit_2(@TempDir Path dir) {
        Run unknownUnit = run(new ReportCommand(), "lookback", SAMPLE, "--unit", "SD-NOWHERE", "--as-of", "2018-12-10",
                "--out", dir.resolve("f.xlsx").toString());
        assertThat(unknownUnit.exit()).isEqualTo(2);
        assertThat(unknownUnit.err()).contains("[UNKNOWN_UNIT]");
        assertThat(run(new ReportCommand(), "lookback", SAMPLE, "--as-of", "2018-12-10").exit()).isEqualTo(2);
        assertThat(run(new ReportCommand(), "findings", SAMPLE, "--as-of", "十二月", "--out", "f.xlsx").exit()).isEqualTo(2);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void consolidation_takes_the_good_forms_and_refuses_the_bad_one_with_exit_1(@TempDir Path dir) throws Exception {
        Path rengang = dir.resolve("rengang.xlsx");
        Path chengdong = dir.resolve("chengdong.xls");
        Path bad = dir.resolve("bad.xlsx");
        run(new ReportCommand(), "lookback", SAMPLE, "--unit", "SD-RENGANG", "--as-of", "2018-12-10", "--out", rengang.toString());
        run(new ReportCommand(), "lookback", SAMPLE, "--unit", "SD-CHENGDONG", "--as-of", "2018-12-10", "--out", chengdong.toString());
        run(new ReportCommand(), "lookback", SAMPLE, "--unit", "SD-GUANYINSHAN", "--as-of", "2018-12-10", "--out", bad.toString());
        tamper(bad, "F5", "完成");
        Path out = dir.resolve("district.xlsx");

        Run none = run(new ReportCommand(), "consolidate", bad.toString(), "--against", SAMPLE, "--period", "2018-11",
                "--out", out.toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).contains("未写出汇总工作簿");
        assertThat(out).doesNotExist();

        Run some = run(new ReportCommand(), "consolidate", rengang.toString(), chengdong.toString(), bad.toString(),
                "--against", SAMPLE, "--period", "2018-11", "--out", out.toString());
        assertThat(some.exit()).isEqualTo(1);
        assertThat(some.out()).contains("已拒收 " + bad, "F5", "[DONE_NOT_YES_NO]", "收录2份，拒收1份");
        assertThat(sheetNames(out)).containsExactly("汇总", "任港街道", "城东街道");

        Run all = run(new ReportCommand(), "consolidate", rengang.toString(), chengdong.toString(), "--against", SAMPLE,
                "--period", "2018-11", "--out", out.toString());
        assertThat(all.exit()).isZero();
    }

    @Test
    void the_supervision_workbook_has_its_summary_charts_and_four_tables(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("findings.xlsx");
        Run run = run(new ReportCommand(), "findings", SAMPLE, "--as-of", "2018-12-10", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("已写出监管工作簿", "[OK]");
        assertThat(sheetNames(out)).containsExactly("汇总", "图表", "问题发现", "销号状态", "问责建议", "水质评价");
    }

    @Test
    void the_disclosure_is_written_in_each_format_without_personal_data(@TempDir Path dir) throws Exception {
        for (String name : List.of("2018-11.html", "2018-11.json", "2018-11.xlsx")) {
            Path out = dir.resolve(name);
            Run run = run(new DiscloseCommand(), SAMPLE, "--period", "2018-11", "--out", out.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("崇川区饮用水水源地环境保护情况公开（2018年11月）", "3个水源地");
            if (!name.endsWith(".xlsx")) {
                assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("长江崇川段取水口水源地")
                        .doesNotContain("王某", "0513-", "archive/");
            }
        }
        assertThat(run(new DiscloseCommand(), SAMPLE, "--period", "2018-11", "--out", dir.resolve("x.pdf").toString()).exit())
                .isEqualTo(2);
        assertThat(run(new DiscloseCommand(), SAMPLE, "--period", "2018-13", "--out", dir.resolve("x.json").toString()).exit())
                .isEqualTo(2);
    }

    /** Writes the unit's form as of 2018-12-10 into {@code dir}. */
    private static Path lookback(Path dir, String unitId, String name) {
        Path form = dir.resolve(name);
        Run run = run(new ReportCommand(), "lookback", SAMPLE, "--unit", unitId, "--as-of", "2018-12-10", "--out", form.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return form;
    }

    /** {@code report check FORM --against SAMPLE --period 2018-11}, and {@code more} options. */
    private static Run checkNovember(Path form, String... more) {
        List<String> args = new ArrayList<>(List.of("check", form.toString(), "--against", SAMPLE, "--period", "2018-11"));
        args.addAll(List.of(more));
        return run(new ReportCommand(), args.toArray(String[]::new));
    }

    private static void tamper(Path form, String ref, String text) throws Exception {
        byte[] bytes;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(form)))) {
            var reference = new org.apache.poi.ss.util.CellReference(ref);
            Cell cell = workbook.getSheetAt(0).getRow(reference.getRow()).getCell(reference.getCol());
            cell.setBlank();
            cell.setCellValue(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        Files.write(form, bytes);
    }

    private static List<String> sheetNames(Path workbookFile) throws Exception {
        List<String> names = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(workbookFile.toFile(), null, true)) {
            workbook.forEach(s -> names.add(s.getSheetName()));
        }
        return names;
    }
}
