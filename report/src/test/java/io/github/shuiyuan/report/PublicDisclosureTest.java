package io.github.shuiyuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.quality.Grade;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublicDisclosureTest {

    private static final CaseFile CASE = Fixtures.sample();
    private static final YearMonth NOVEMBER = YearMonth.of(2018, 11);
    private static ComplianceEngine engine;

    @BeforeAll
    static void engine() throws Exception {
        engine = ComplianceEngine.builder().build();
    }

    private static DisclosurePage page(CaseFile caseFile, YearMonth period) throws Exception {
        Assessment assessment = engine.assess(caseFile, period.atEndOfMonth());
        return PublicDisclosure.build(caseFile, assessment, period);
    }

    private static String write(DisclosurePage page, PublicDisclosure.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PublicDisclosure.write(page, format, out);
        return format == PublicDisclosure.Format.XLSX ? unzippedText(out.toByteArray()) : out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void each_source_in_use_or_standby_with_problems_by_status_as_of_the_periods_end() throws Exception {
        DisclosurePage page = page(CASE, NOVEMBER);
        assertThat(page.asOf()).isEqualTo(NOVEMBER.atEndOfMonth());
        assertThat(page.title()).isEqualTo("崇川区饮用水水源地环境保护情况公开（2018年11月）");
        assertThat(page.sources()).extracting(SourceDisclosure::name)
                .containsExactly("长江崇川段取水口水源地", "五龙汇调蓄水库水源地", "观音山应急备用地下水源地");
        SourceDisclosure changjiang = page.sources().get(0);
        assertThat(changjiang.problems()).isEqualTo(new SourceDisclosure.ProblemCounts(10, 1, 1, 3, 5));
        assertThat(changjiang.progressPercent()).isEqualByComparingTo("80.0");
        assertThat(changjiang.zones()).extracting(SourceDisclosure.ZoneApproval::level, SourceDisclosure.ZoneApproval::approved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ZoneLevel.FIRST, true),
                        org.assertj.core.groups.Tuple.tuple(ZoneLevel.SECOND, true),
                        org.assertj.core.groups.Tuple.tuple(ZoneLevel.QUASI, true));
    }

    @Test
    void a_problem_closed_after_the_period_counts_as_rectified_in_it() throws Exception {
        // serial 4 was closed on 2018-10-15: rectified in September's disclosure, closed in October's
        SourceDisclosure.ProblemCounts september = page(CASE, YearMonth.of(2018, 9)).sources().get(0).problems();
        SourceDisclosure.ProblemCounts october = page(CASE, YearMonth.of(2018, 10)).sources().get(0).problems();
        assertThat(september.closed()).isEqualTo(4);
        assertThat(october.closed()).isEqualTo(5);
        assertThat(october.rectified()).isEqualTo(september.rectified() - 1);
    }

    @Test
    void the_months_water_quality_is_the_worst_sample_of_the_month() throws Exception {
        DisclosurePage page = page(CASE, NOVEMBER);
        assertThat(page.sources().get(0).quality()).isEqualTo(new SourceDisclosure.Quality(1, Grade.II, true, true));
        assertThat(page.sources().get(1).quality()).isEqualTo(new SourceDisclosure.Quality(1, Grade.IV, false, false));
        assertThat(page.sources().get(2).quality()).isEqualTo(new SourceDisclosure.Quality(0, null, null, null));
    }

    @Test
    void completeness_counts_the_sub_districts_that_reported_and_the_closed_problems_with_both_photos() throws Exception {
        SourceDisclosure.Completeness november = page(CASE, NOVEMBER).sources().get(0).completeness();
        // 狼山镇街道 and 任港街道 both reported; serial 7 is closed without a photo after
        assertThat(november).isEqualTo(new SourceDisclosure.Completeness(2, 2, new BigDecimal("100.0"), 5, 4,
                new BigDecimal("80.0")));
        // 和平桥街道 sent no report for October
        SourceDisclosure.Completeness october = page(CASE, YearMonth.of(2018, 10)).sources().get(1).completeness();
        assertThat(october.subDistricts()).isEqualTo(2);
        assertThat(october.reported()).isEqualTo(1);
        assertThat(october.reportedPercent()).isEqualByComparingTo("50.0");
    }

    @ParameterizedTest
    @EnumSource(PublicDisclosure.Format.class)
    void no_output_holds_personal_data_or_links_to_evidence(PublicDisclosure.Format format) throws Exception {
        String text = write(page(CASE, NOVEMBER), format);
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
    void the_html_page_is_self_contained_and_escapes_every_text() throws Exception {
        CaseFile hostile = Fixtures.sample(root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.withArray("waterSources").get(0))
                .put("name", "<script>alert('x')</script>&水源"));
        String html = write(page(hostile, NOVEMBER), PublicDisclosure.Format.HTML);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;水源")
                .doesNotContain("<script", "<link", "src=", "href=");
    }

    @Test
    void the_json_names_enums_by_code_and_the_same_input_gives_the_same_bytes() throws Exception {
        String json = write(page(CASE, NOVEMBER), PublicDisclosure.Format.JSON);
        assertThat(json).contains("\"period\" : \"2018-11\"", "\"kind\" : \"RIVER\"", "\"progressPercent\" : 80.0");
        assertThat(write(page(CASE, NOVEMBER), PublicDisclosure.Format.XLSX))
                .isEqualTo(write(page(CASE, NOVEMBER), PublicDisclosure.Format.XLSX));
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
