package io.github.shuiyuan.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.evidence.EvidenceKind;
import io.github.shuiyuan.core.inspection.InspectionType;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.validation.CaseFileValidator;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CaseFileGeneratorTest {

    @Test
    void the_same_seed_gives_byte_identical_files() {
        assertThat(bytes(20, 7)).isEqualTo(bytes(20, 7));
    }

    @Test
    void another_seed_gives_another_file_of_the_same_shape() throws Exception {
        CaseFile a = read(bytes(20, 7));
        CaseFile b = read(bytes(20, 8));

        assertThat(bytes(20, 8)).isNotEqualTo(bytes(20, 7));
        assertThat(records(b)).isCloseTo(records(a), org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void the_file_is_valid_for_the_strict_reader_and_for_java_validation() throws Exception {
        CaseFile file = read(bytes(30, 3));

        assertThat(CaseFileValidator.validate(file)).isEmpty();
        assertThat(file.waterSources()).hasSize(30);
        assertThat(file.units()).filteredOn(u -> u.isSubDistrict()).hasSize(6);
    }

    @Test
    void twice_the_sources_give_twice_the_records() throws Exception {
        long n = records(read(bytes(40, 1)));
        long twoN = records(read(bytes(80, 1)));

        assertThat((double) twoN / n).isBetween(1.9, 2.1);
    }

    @Test
    void the_count_returned_is_the_records_in_the_file_about_forty_seven_a_source() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new CaseFileGenerator(100, 1).write(out);

        assertThat(written).isEqualTo(records(read(out.toByteArray())));
        assertThat(written).isBetween(4_400L, 4_900L);
    }

    @Test
    void every_category_and_status_appears_with_look_backs_patrols_photos_and_samples() throws Exception {
        CaseFile file = read(bytes(5, 1));

        assertThat(file.problems().stream().map(Problem::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ProblemCategory.values());
        assertThat(file.problems().stream().map(Problem::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ProblemStatus.values());
        assertThat(file.inspections()).anyMatch(i -> i.type() == InspectionType.LOOK_BACK && !i.results().isEmpty())
                .anyMatch(i -> i.type() == InspectionType.PATROL);
        assertThat(file.evidence()).anyMatch(e -> e.kind() == EvidenceKind.PHOTO_BEFORE)
                .anyMatch(e -> e.kind() == EvidenceKind.PHOTO_AFTER);
        assertThat(file.samples()).hasSizeGreaterThan(25);
        assertThat(file.monthlyReports()).isNotEmpty();
        assertThat(file.summaryReports()).hasSize(1);
        assertThat(file.disclosures()).hasSize(7);
    }

    @Test
    void photo_hashes_are_distinct() throws Exception {
        List<Evidence> evidence = read(bytes(50, 2)).evidence();

        assertThat(evidence.stream().map(Evidence::sha256).distinct().count()).isEqualTo(evidence.size());
        assertThat(evidence).allMatch(e -> e.sha256().matches("[0-9a-f]{64}"));
    }

    @Test
    void five_sources_are_assessed_and_every_main_family_finds_something() throws Exception {
        CaseFile file = read(bytes(5, 1));

        Assessment assessment = ComplianceEngine.builder().build().assess(file, CaseFileGenerator.AS_OF);

        Set<String> families = assessment.findings().stream().map(Finding::ruleId)
                .map(id -> id.substring(0, id.indexOf('-'))).collect(Collectors.toSet());
        assertThat(families).contains("ZN", "PRB", "PLN", "CLO", "RPT", "WQ", "MON");
        assertThat(assessment.closeOut()).isNotEmpty();
    }

    @Test
    void a_province_needs_a_source() {
        assertThatThrownBy(() -> new CaseFileGenerator(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] bytes(int sources, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CaseFileGenerator(sources, seed).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static CaseFile read(byte[] json) throws Exception {
        return CaseFileJson.strict().read(new ByteArrayInputStream(json));
    }

    static long records(CaseFile f) {
        return Stream.of(f.units(), f.people(), f.waterSources(), f.problems(), f.plans(), f.inspections(), f.evidence(),
                f.monthlyReports(), f.summaryReports(), f.disclosures(), f.samples(), f.accountability())
                .mapToLong(List::size).sum();
    }
}
