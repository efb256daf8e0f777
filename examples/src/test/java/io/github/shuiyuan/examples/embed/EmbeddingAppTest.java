package io.github.shuiyuan.examples.embed;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import io.github.shuiyuan.report.LookBackForm;
import io.github.shuiyuan.report.SupervisionWorkbook;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.Finding;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as an application embeds it: a case file built in code, assessed by a shared engine, all three
 * reports written — through the public packages only, which an architecture rule holds for the embedding examples.
 */
class EmbeddingAppTest {

    private static ComplianceEngine engine;
    private static SupervisionService service;

    @BeforeAll
    static void buildTheEngineOnce() {
        engine = ComplianceEngine.bundled();
        service = new SupervisionService(engine);
    }

    @Test
    void a_case_file_built_in_code_is_assessed_and_its_three_reports_written(@TempDir Path folder) throws Exception {
        CaseFile caseFile = CaseFileInCode.chongchuan();
        Assessment assessment = service.assess(caseFile, LocalDate.of(2018, 11, 30));

        List<Finding> critical = service.critical(assessment);
        assertThat(critical).extracting(Finding::ruleId, Finding::subjectId).contains(tuple("ZN-01", "PRB-002"));
        assertThat(assessment.problem("PRB-001")).hasValueSatisfying(view -> assertThat(view.latestLookBack()).isNotNull());

        Path form = write(folder.resolve("lookback.xlsx"),
                out -> service.writeLookBackForm(caseFile, assessment, CaseFileInCode.SUB_DISTRICT, CaseFileInCode.FILLED_BY, out));
        Path workbook = write(folder.resolve("supervision.xlsx"), out -> service.writeSupervisionWorkbook(caseFile, assessment, out));
        Path disclosure = write(folder.resolve("disclosure.html"),
                out -> service.writeDisclosure(caseFile, service.assess(caseFile, LocalDate.of(2018, 6, 28)),
                        YearMonth.of(2018, 6), LocalDate.of(2018, 6, 28), out));

        assertThat(LookBackForm.check(form, caseFile, YearMonth.of(2018, 11), engine)).filteredOn(e -> !e.warning()).isEmpty();
        try (Workbook written = WorkbookFactory.create(workbook.toFile(), null, true)) {
            assertThat(written.getSheetAt(0).getSheetName()).isEqualTo(SupervisionWorkbook.SHEETS.get(0));
            assertThat(written.getSheet("问题发现").getLastRowNum()).isEqualTo(assessment.findings().size());
        }
        assertThat(Files.readString(disclosure, StandardCharsets.UTF_8)).contains("崇川区").contains("长江某水厂取水口水源地");
    }

    @Test
    void a_case_file_built_in_code_is_refused_with_every_error_at_its_json_path() {
        CaseFile valid = CaseFileInCode.chongchuan();
        Problem stray = valid.problems().get(1).toBuilder().waterSourceId("WS-404").responsibleUnitId("SD-404").build();
        CaseFile broken = valid.toBuilder().problems(List.of(valid.problems().get(0), stray)).build();

        assertThatThrownBy(() -> service.assess(broken, LocalDate.of(2018, 11, 30)))
                .isInstanceOfSatisfying(InvalidCaseFileException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::path, ValidationError::code).containsExactly(
                                tuple("$.problems[1].waterSourceId", ErrorCode.DANGLING_REFERENCE),
                                tuple("$.problems[1].responsibleUnitId", ErrorCode.DANGLING_REFERENCE)));
    }

    @Test
    void the_embedding_examples_use_only_the_public_packages() {
        JavaClasses embedding = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.shuiyuan.examples.embed");
        assertThat(embedding.contain(SupervisionService.class)).isTrue();
        ONLY_PUBLIC_PACKAGES.check(embedding);
    }

    static final ArchRule ONLY_PUBLIC_PACKAGES = classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.slf4j..", "io.github.shuiyuan.examples.embed..",
                    "io.github.shuiyuan.core", "io.github.shuiyuan.core.source", "io.github.shuiyuan.core.problem",
                    "io.github.shuiyuan.core.inspection", "io.github.shuiyuan.core.evidence", "io.github.shuiyuan.core.reporting",
                    "io.github.shuiyuan.core.quality", "io.github.shuiyuan.core.json", "io.github.shuiyuan.core.validation",
                    "io.github.shuiyuan.rules", "io.github.shuiyuan.report")
            .because("an application sees the exported packages only: no internals, no rule facts, no Jackson or POI");

    private interface Writing {
        void to(OutputStream out) throws Exception;
    }

    private static Path write(Path file, Writing writing) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writing.to(bytes);
        assertThat(bytes.size()).as(file.getFileName().toString()).isPositive();
        return Files.write(file, bytes.toByteArray());
    }
}
