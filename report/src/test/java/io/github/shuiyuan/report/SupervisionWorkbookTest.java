package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.quality.Exceedance;
import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.reporting.AccountabilityMeasure;
import io.github.shuiyuan.core.reporting.AccountabilityReason;
import io.github.shuiyuan.report.internal.Cells;
import io.github.shuiyuan.rules.AccountabilityTrigger;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.RulesetInfo;
import io.github.shuiyuan.rules.Severity;
import io.github.shuiyuan.rules.SubjectType;
import io.github.shuiyuan.rules.WaterQualityResult;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/** The supervision workbook's sheets and what they say; its print layout is {@link SupervisionWorkbookPrintTest}. */
class SupervisionWorkbookTest {

    static final CaseFile CASE = CaseFiles.sample();

    private static Finding finding(String ruleId, Severity severity, SubjectType type, String subjectId) {
        return new Finding(ruleId, "标题" + ruleId, "HJ 773-2015", severity, type, subjectId, null, "WS-001", "SD-RENGANG",
                "说明" + ruleId);
    }

    static Assessment assessment(List<Finding> findings) {
        return new Assessment(Fixtures.DEC_10, new RulesetInfo("default", "1", "x"), findings,
                List.of(new CloseOutStatus("PRB-005", false, List.of("CLO-03", "CLO-04"))),
                List.of(new AccountabilityTrigger("ACC-01", "SD-RENGANG", "PER-002", AccountabilityReason.SLOW_PROGRESS,
                        AccountabilityMeasure.PUBLIC_INTERVIEW, List.of("PRB-005", "PRB-008"))),
                List.of(new WaterQualityResult("S-2018-11-002", "WS-002", LocalDate.of(2018, 11, 7), Grade.IV, Grade.II,
                        false, false, List.of(new Exceedance("NH3_N", new BigDecimal("1.12"), "0.5", Grade.IV,
                                new BigDecimal("1.24"))))),
                List.of());
    }

    private static final Assessment ASSESSMENT = assessment(List.of(
            finding("PRB-04", Severity.CRITICAL, SubjectType.PROBLEM, "PRB-005"),
            finding("SGN-01", Severity.MAJOR, SubjectType.ZONE, "WS-001/FIRST"),
            finding("MGT-02", Severity.MINOR, SubjectType.WATER_SOURCE, "WS-001"),
            finding("DAT-01", Severity.INFO, SubjectType.UNIT, "SD-RENGANG")));

    static Workbook write(CaseFile caseFile, Assessment assessment) throws Exception {
        return CellModel.open(bytes(caseFile, assessment));
    }

    static byte[] bytes(CaseFile caseFile, Assessment assessment) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SupervisionWorkbook.write(caseFile, assessment, out);
        return out.toByteArray();
    }

    static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(index).forEach(c -> cells.add(Cells.read(c)));
        return cells;
    }

    @Test
    void the_summary_comes_first_then_the_charts_then_four_tables_frozen_and_filtered() throws Exception {
        try (Workbook workbook = write(CASE, ASSESSMENT)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            for (int i = 0; i < 6; i++) {
                assertThat(workbook.getSheetName(i)).isEqualTo(SupervisionWorkbook.SHEETS.get(i));
            }
            assertThat(SupervisionWorkbook.SHEETS).startsWith("汇总", "图表");
            for (String name : SupervisionWorkbook.SHEETS.subList(2, 6)) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            }
            assertThat(workbook.getSheet("汇总").getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(row(workbook.getSheet("问题发现"), 0)).containsExactly(
                    "严重程度", "责任单位", "水源地", "规则编号", "规则名称", "对象类型", "对象", "关联", "说明", "依据");
            assertThat(((XSSFSheet) workbook.getSheet("问题发现")).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J5");
        }
    }

    @Test
    void findings_are_coloured_by_severity_and_name_their_subjects() throws Exception {
        try (Workbook workbook = write(CASE, ASSESSMENT)) {
            Sheet findings = workbook.getSheet("问题发现");
            assertThat(fill(findings, 1)).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(fill(findings, 2)).isEqualTo(IndexedColors.ORANGE.getIndex());
            assertThat(fill(findings, 3)).isEqualTo(IndexedColors.YELLOW.getIndex());
            assertThat(findings.getRow(4).getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(row(findings, 1)).containsExactly("严重", "任港街道", "长江崇川段取水口水源地", "PRB-04", "标题PRB-04", "问题",
                    "问题序号5", "", "说明PRB-04", "HJ 773-2015");
            assertThat(row(findings, 2).get(6)).isEqualTo("长江崇川段取水口水源地一级保护区");
            assertThat(row(findings, 4).get(6)).isEqualTo("任港街道");
        }
    }

    @Test
    void findings_are_listed_for_action_severity_then_unit_then_source_then_rule() throws Exception {
        // the case file lists 任港街道 (SD-RENGANG) before 狼山镇街道 (SD-LANGSHAN), and WS-001 before WS-002
        List<Finding> findings = List.of(
                action("MGT-01", Severity.MAJOR, "WS-002", "WS-002", "SD-RENGANG"),
                action("PRB-02", Severity.CRITICAL, "PRB-001", "WS-001", "SD-LANGSHAN"),
                action("DIS-01", Severity.MAJOR, "GOV-OFFICE", null, null),
                action("ZN-01", Severity.CRITICAL, "PRB-005", "WS-001", "SD-RENGANG"),
                action("EVD-01", Severity.MAJOR, "PRB-004", "WS-001", "SD-RENGANG"),
                action("MON-01", Severity.MAJOR, "WS-001", "WS-001", "SD-LANGSHAN"),
                action("PRB-02", Severity.CRITICAL, "PRB-005", "WS-001", "SD-RENGANG"),
                action("DAT-01", Severity.INFO, "SD-RENGANG", null, "SD-RENGANG"));
        List<String> expected = List.of("PRB-02 PRB-005", "ZN-01 PRB-005", "PRB-02 PRB-001", "EVD-01 PRB-004",
                "MGT-01 WS-002", "MON-01 WS-001", "DIS-01 GOV-OFFICE", "DAT-01 SD-RENGANG");
        assertThat(messages(findings)).isEqualTo(expected);
        List<Finding> reversed = new ArrayList<>(findings);
        Collections.reverse(reversed);
        assertThat(messages(reversed)).as("the same order whatever the input's").isEqualTo(expected);
    }

    /** A finding whose message is its rule id and subject id. */
    private static Finding action(String ruleId, Severity severity, String subjectId, String sourceId, String unitId) {
        return new Finding(ruleId, "标题", "依据", severity, SubjectType.PROBLEM, subjectId, null, sourceId, unitId,
                ruleId + " " + subjectId);
    }

    private static List<String> messages(List<Finding> findings) throws Exception {
        try (Workbook workbook = write(CASE, assessment(findings))) {
            Sheet sheet = workbook.getSheet("问题发现");
            List<String> messages = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                messages.add(Cells.read(sheet.getRow(r).getCell(8)));
            }
            return messages;
        }
    }

    @Test
    void close_out_accountability_and_water_quality_read_in_words() throws Exception {
        try (Workbook workbook = write(CASE, ASSESSMENT)) {
            assertThat(row(workbook.getSheet("销号状态"), 1)).containsExactly("5", "PRB-005", "长江崇川段取水口水源地", "任港街道",
                    "二级保护区内港区生活污水排口1个", "已整改", "否", "缺少整治后照片、尚未回头看");
            assertThat(row(workbook.getSheet("问责建议"), 1)).containsExactly("ACC-01", "任港街道", "李某", "进展缓慢", "公开约谈",
                    "问题序号5、问题序号8");
            assertThat(row(workbook.getSheet("水质评价"), 1)).containsExactly("S-2018-11-002", "五龙汇调蓄水库水源地",
                    "2018年11月7日", "Ⅳ类", "Ⅱ类", "否", "否", "氨氮1.12mg/L（目标限值0.5，Ⅳ类，超标1.24倍）");
        }
    }

    @Test
    void the_real_assessment_of_the_sample_fills_every_finding_row() throws Exception {
        Assessment assessment = Fixtures.assessment(CASE, Fixtures.DEC_10);
        try (Workbook workbook = write(CASE, assessment)) {
            assertThat(workbook.getSheet("问题发现").getLastRowNum()).isEqualTo(assessment.findings().size());
            assertThat(workbook.getSheet("水质评价").getLastRowNum()).isEqualTo(assessment.waterQuality().size());
        }
    }

    @Test
    void the_same_input_gives_the_same_bytes() throws Exception {
        Assessment assessment = Fixtures.assessment(CASE, Fixtures.DEC_10);
        assertThat(bytes(CASE, assessment)).isEqualTo(bytes(CASE, assessment));
    }

    private static short fill(Sheet sheet, int row) {
        var style = sheet.getRow(row).getCell(0).getCellStyle();
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        return style.getFillForegroundColor();
    }
}
