package io.github.shuiyuan.report;

import static io.github.shuiyuan.testing.CaseFiles.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.ProblemProgress;
import io.github.shuiyuan.testing.CaseFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublicDisclosureTest {

    private static final CaseFile CASE = CaseFiles.sample();
    private static final YearMonth NOVEMBER = YearMonth.of(2018, 11);
    private static final LocalDate NOV_28 = LocalDate.of(2018, 11, 28);
    private static ComplianceEngine engine;
    private static DisclosurePage november;

    @BeforeAll
    static void engine() throws Exception {
        engine = ComplianceEngine.builder().build();
        november = page(CASE, NOVEMBER, NOV_28);
    }

    private static DisclosurePage page(CaseFile caseFile, YearMonth period, LocalDate publishedOn) throws Exception {
        Assessment assessment = engine.assess(caseFile, PublicDisclosure.asOf(period, publishedOn));
        return PublicDisclosure.build(caseFile, assessment, period, publishedOn);
    }

    private static byte[] bytes(DisclosurePage page, PublicDisclosure.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PublicDisclosure.write(page, format, out);
        return out.toByteArray();
    }

    private static String write(DisclosurePage page, PublicDisclosure.Format format) throws IOException {
        byte[] bytes = bytes(page, format);
        return format == PublicDisclosure.Format.XLSX ? unzippedText(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }

    private static DisclosedProblem serial(DisclosurePage page, int serialNo) {
        return page.problems().stream().filter(p -> p.serialNo() == serialNo).findFirst().orElseThrow();
    }

    @Test
    void the_date_is_the_earlier_of_the_publishing_date_and_the_periods_last_day() throws Exception {
        assertThat(PublicDisclosure.asOf(NOVEMBER, NOV_28)).isEqualTo(NOV_28);
        assertThat(PublicDisclosure.asOf(YearMonth.of(2018, 8), LocalDate.of(2018, 9, 3))).isEqualTo(LocalDate.of(2018, 8, 31));
        assertThat(PublicDisclosure.asOf(NOVEMBER, null)).isEqualTo(LocalDate.of(2018, 11, 30));
        assertThat(PublicDisclosure.asOf(NOVEMBER, LocalDate.of(2018, 11, 1))).isEqualTo(LocalDate.of(2018, 11, 1));
        assertThatThrownBy(() -> PublicDisclosure.asOf(NOVEMBER, LocalDate.of(2018, 10, 31)))
                .isInstanceOfSatisfying(DisclosureRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(DisclosureRefusedException.Code.PUBLISHED_BEFORE_PERIOD))
                .hasMessageContaining("发布日期2018年10月31日早于公开月份2018-11的第一天");
        assertThat(november.asOf()).isEqualTo(NOV_28);
        assertThat(november.publishedOn()).isEqualTo(NOV_28);
        assertThat(november.draft()).isFalse();
    }

    @Test
    void a_period_before_the_first_disclosure_or_after_the_record_is_refused() throws Exception {
        assertThat(page(CASE, YearMonth.of(2018, 5), null).period()).isEqualTo(YearMonth.of(2018, 5));
        assertThatThrownBy(() -> page(CASE, YearMonth.of(2018, 4), null))
                .isInstanceOfSatisfying(DisclosureRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(DisclosureRefusedException.Code.BEFORE_FIRST_DISCLOSURE));
        assertThat(page(CASE, YearMonth.of(2018, 12), null).asOf()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThatThrownBy(() -> page(CASE, YearMonth.of(2019, 6), null))
                .isInstanceOfSatisfying(DisclosureRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(DisclosureRefusedException.Code.AFTER_LATEST_RECORD));
        Assessment wrongDate = engine.assess(CASE, LocalDate.of(2018, 11, 30));
        assertThatThrownBy(() -> PublicDisclosure.build(CASE, wrongDate, NOVEMBER, NOV_28))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_relapse_is_never_done_even_when_its_status_says_so() throws Exception {
        Assessment assessment = engine.assess(CASE, NOV_28);
        assertThat(assessment.problem("PRB-005").orElseThrow().rectified()).isTrue();
        DisclosedProblem prb005 = serial(november, 5);
        assertThat(prb005.progress()).isEqualTo(ProblemProgress.RECURRED);
        assertThat(prb005.progressInWords()).isEqualTo("反弹");
        assertThat(prb005.done()).isEqualTo("否");
        assertThat(prb005.progressPercent()).isNull();
        SourceDisclosure changjiang = november.sources().get(0);
        assertThat(changjiang.progress()).isEqualTo(new ProgressCounts(10, 1, 0, 7, 1, 1));
        assertThat(changjiang.completion()).isEqualTo(Ratio.of(7, 10, null));
        assertThat(changjiang.completion().text()).isEqualTo("70.0%");
    }

    @Test
    void a_closed_problem_found_not_rectified_is_an_irregular_close_out_in_plain_words() {
        DisclosedProblem prb016 = serial(november, 16);
        assertThat(prb016.progressInWords()).isEqualTo("未整改到位");
        assertThat(prb016.closeOut()).isEqualTo("违规销号：回头看发现未整改到位");
        assertThat(serial(november, 7).closeOut()).isEqualTo("违规销号：缺少整治后照片、尚未回头看");
        assertThat(serial(november, 1).closeOut()).isEqualTo("合规销号");
        assertThat(serial(november, 3).closeOut()).isEmpty();
        assertThat(november.sources().get(1).closeOuts()).isEqualTo(new CloseOutCounts(3, 2, 1));
        DisclosurePage.Totals total = november.total();
        assertThat(total.progress()).isEqualTo(new ProgressCounts(20, 1, 1, 13, 3, 2));
        assertThat(total.completion().percent()).isEqualByComparingTo("65.0");
        assertThat(total.closeOuts()).isEqualTo(new CloseOutCounts(9, 7, 2));
        assertThat(total.closeOutCompliance()).isEqualTo(Ratio.of(7, 9, null));
        assertThat(total.closeOutCompliance().percent()).isEqualByComparingTo("77.8");
    }

    @Test
    void the_report_rate_counts_only_reports_due_by_the_date_over_one_set_of_sub_districts() throws Exception {
        assertThat(november.total().reportRate()).isEqualTo(Ratio.of(4, 5, null));
        Ratio beforeDue = page(CASE, NOVEMBER, LocalDate.of(2018, 11, 21)).total().reportRate();
        assertThat(beforeDue.percent()).isNull();
        assertThat(beforeDue.reason()).isEqualTo("本月月报应于2018年11月22日前报送，截至统计日尚未到期");
        assertThat(page(CASE, NOVEMBER, LocalDate.of(2018, 11, 22)).total().reportRate().denominator()).isEqualTo(5);
        String html = write(page(CASE, NOVEMBER, LocalDate.of(2018, 11, 21)), PublicDisclosure.Format.HTML);
        assertThat(html).contains("本期显示“—”：本月月报应于2018年11月22日前报送，截至统计日尚未到期");
    }

    @Test
    void a_late_report_is_owed_but_not_on_time() throws Exception {
        // every sub-district sends November's report a day after it was due
        CaseFile late = CaseFiles.sampleDraft()
                .changeMonthlyReports(r -> r.period().equals(NOVEMBER), r -> r.submittedOn(date("2018-11-23"))).build();
        assertThat(page(late, NOVEMBER, NOV_28).total().reportRate()).isEqualTo(Ratio.of(0, 5, null));
    }

    @Test
    void shares_are_rounded_half_up_to_one_decimal_and_a_zero_denominator_says_why() {
        assertThat(Ratio.of(2, 3, null).percent()).isEqualByComparingTo("66.7");
        assertThat(Ratio.of(1, 16, null).percent()).isEqualByComparingTo("6.3");
        assertThat(Ratio.of(1, 8, null).text()).isEqualTo("12.5%");
        Ratio none = Ratio.of(0, 0, "截至统计日无环境问题");
        assertThat(none.percent()).isNull();
        assertThat(none.text()).isEqualTo("—");
        assertThat(none.reason()).isEqualTo("截至统计日无环境问题");
        assertThatThrownBy(() -> Ratio.of(3, 2, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_source_has_its_water_quality_in_a_sentence() {
        assertThat(november.sources()).extracting(SourceDisclosure::waterQuality).containsExactly(
                "11月水质为Ⅱ类，达到饮用水水源水质要求",
                "11月水质为Ⅳ类，未达到饮用水水源水质要求（Ⅲ类）；氨氮超过Ⅲ类标准0.12倍，总磷超过Ⅲ类标准0.24倍",
                "本月未监测");
    }

    @Test
    void the_problem_list_has_the_ledgers_public_columns() {
        assertThat(november.problems()).extracting(DisclosedProblem::serialNo).startsWith(1, 2, 3).hasSize(20);
        DisclosedProblem third = serial(november, 3);
        assertThat(third.deadline()).isEqualTo("2018年9月30日（已延期，原定2018年6月30日）");
        assertThat(third.done()).isEqualTo("是");
        assertThat(third.progressPercent()).isEqualByComparingTo("100");
        DisclosedProblem fifth = serial(november, 5);
        assertThat(List.of(fifth.sourceName(), fifth.sourceClass(), fifth.zoneType(), fifth.problemType()))
                .containsExactly("长江崇川段取水口水源地", "地级", "二级", "排污口");
    }

    @Test
    void free_text_is_scrubbed_of_personal_data() throws Exception {
        CaseFile leaky = CaseFiles.sampleDraft().changeProblem("PRB-005", p -> p
                .description("王某（13812345678，身份证320602198001011234）反映<b>排口</b>溢流")
                .result("联系电话0513-85512345")).build();
        DisclosurePage page = page(leaky, NOVEMBER, NOV_28);
        assertThat(serial(page, 5).description()).isEqualTo("＊＊（＊＊，身份证＊＊）反映<b>排口</b>溢流");
        assertThat(serial(page, 5).progressNotes()).isEqualTo("联系电话＊＊");
        assertThat(write(page, PublicDisclosure.Format.HTML)).contains("反映&lt;b&gt;排口&lt;/b&gt;溢流");
    }

    @ParameterizedTest
    @EnumSource(PublicDisclosure.Format.class)
    void no_output_holds_personal_data_or_links_to_evidence(PublicDisclosure.Format format) throws Exception {
        String text = write(november, format);
        assertThat(text).contains("长江崇川段取水口水源地");
        List<String> forbidden = new ArrayList<>();
        for (Person person : CASE.people()) {
            forbidden.add(person.name());
            forbidden.add(person.phone());
        }
        CASE.evidence().stream().map(Evidence::uri).forEach(forbidden::add);
        CASE.disclosures().forEach(d -> forbidden.add(d.url()));
        assertThat(forbidden).hasSizeGreaterThan(40).allSatisfy(value -> assertThat(text).doesNotContain(value));
        assertThat(text).doesNotContain("archive/", "example.org", "PER-");
        if (format != PublicDisclosure.Format.XLSX) {   // an .xlsx names its XML namespaces by http URIs
            assertThat(text).doesNotContain("http");
        }
    }

    @Test
    void the_page_names_publisher_dates_and_phone_and_is_self_contained() throws Exception {
        String html = write(november, PublicDisclosure.Format.HTML);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">",
                        "name=\"viewport\"", "@media (max-width:600px)", "@page{size:A4", "<svg class=\"chart\"")
                .contains("发布单位：崇川区人民政府办公室", "发布日期：2018年11月28日", "统计截至：2018年11月28日",
                        "公众监督电话：0513-8559xx00", "11月水质为Ⅳ类")
                .doesNotContain("<script", "<link", "src=", "href=", "@import", "url(", "<img");
        String draft = write(page(CASE, NOVEMBER, null), PublicDisclosure.Format.HTML);
        assertThat(draft).contains("草稿，未发布", "统计截至：2018年11月30日").doesNotContain("发布日期：");
        CaseFile noPhone = CaseFiles.sampleDraft().eachUnit(u -> new Unit(u.id(), u.name(), u.type(), null)).build();
        assertThat(write(page(noPhone, NOVEMBER, NOV_28), PublicDisclosure.Format.HTML)).contains("发布单位未登记公众监督电话");
    }

    @Test
    void the_chart_has_one_bar_per_source_as_wide_as_its_completion() throws Exception {
        String html = write(november, PublicDisclosure.Format.HTML);
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        // 70.0 %, 57.1 % and 66.7 % of a 320-unit track
        assertThat(svg).contains("width=\"224\"", "width=\"183\"", "width=\"213\"", ">70.0%<", ">57.1%<", ">66.7%<");
    }

    @Test
    void markup_in_names_is_escaped() throws Exception {
        CaseFile hostile = CaseFiles.sampleDraft().source("WS-001", s -> s.name("<script>alert('x')</script>&水源")).build();
        String html = write(page(hostile, NOVEMBER, NOV_28), PublicDisclosure.Format.HTML);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;水源").doesNotContain("<script");
    }

    @Test
    void the_json_carries_ratios_as_integers_and_the_same_input_gives_the_same_bytes() throws Exception {
        JsonNode json = JsonMappers.newMapper().readTree(bytes(november, PublicDisclosure.Format.JSON));
        JsonNode completion = json.at("/total/completion");
        assertThat(completion.get("numerator").isInt()).isTrue();
        assertThat(completion.get("numerator").asInt()).isEqualTo(13);
        assertThat(completion.get("denominator").asInt()).isEqualTo(20);
        assertThat(completion.get("percent").decimalValue()).isEqualByComparingTo("65.0");
        assertThat(json.at("/publishedOn").asText()).isEqualTo("2018-11-28");
        assertThat(json.at("/problems").size()).isEqualTo(20);
        assertThat(bytes(november, PublicDisclosure.Format.JSON)).isEqualTo(bytes(november, PublicDisclosure.Format.JSON));
        assertThat(write(november, PublicDisclosure.Format.XLSX)).isEqualTo(write(november, PublicDisclosure.Format.XLSX));
    }

    @Test
    void the_workbook_carries_the_same_figures_and_list_and_prints_on_a4() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(november, PublicDisclosure.Format.XLSX)))) {
            DataFormatter format = new DataFormatter();
            Sheet overview = workbook.getSheet("概况");
            Row total = overview.getRow(3 + november.sources().size());
            assertThat(format.formatCellValue(total.getCell(0))).isEqualTo("合计");
            assertThat(format.formatCellValue(total.getCell(2))).isEqualTo("20");
            assertThat(format.formatCellValue(total.getCell(3))).isEqualTo("13");
            assertThat(format.formatCellValue(total.getCell(8))).isEqualTo("65.0%（13/20）");
            Sheet list = workbook.getSheet("问题清单");
            assertThat(list.getLastRowNum()).isEqualTo(november.problems().size());
            for (int i = 0; i < november.problems().size(); i++) {
                DisclosedProblem p = november.problems().get(i);
                Row row = list.getRow(i + 1);
                assertThat(format.formatCellValue(row.getCell(0))).isEqualTo(String.valueOf(p.serialNo()));
                assertThat(format.formatCellValue(row.getCell(6))).isEqualTo(p.description());
                assertThat(format.formatCellValue(row.getCell(8))).isEqualTo(p.deadline());
                assertThat(format.formatCellValue(row.getCell(12))).isEqualTo(p.progressInWords());
                assertThat(format.formatCellValue(row.getCell(13))).isEqualTo(p.closeOut());
            }
            for (Sheet sheet : List.of(overview, list)) {
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getRepeatingRows()).isNotNull();
                assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
            }
        }
    }

    /** Every entry of an .xlsx inflated and read as UTF-8, so that metadata is searched too. */
    private static String unzippedText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx))) {
            while (in.getNextEntry() != null) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
