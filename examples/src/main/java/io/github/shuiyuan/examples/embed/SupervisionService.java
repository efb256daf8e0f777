package io.github.shuiyuan.examples.embed;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.DisclosureRefusedException;
import io.github.shuiyuan.report.FormFormat;
import io.github.shuiyuan.report.LookBackForm;
import io.github.shuiyuan.report.PublicDisclosure;
import io.github.shuiyuan.report.SupervisionWorkbook;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.Finding;
import io.github.shuiyuan.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library in a platform's service layer, written the way a Spring {@code @Service} would be (constructor
 * injection, no framework type needed): the engine is built once by the application and shared; each request
 * brings the case file its platform assembled from its own database and the date to assess as of.
 *
 * <pre>{@code
 * @Bean ComplianceEngine complianceEngine() { return ComplianceEngine.bundled(); }   // once, at start-up
 * @Bean SupervisionService supervisionService(ComplianceEngine engine) { return new SupervisionService(engine); }
 * }</pre>
 *
 * <p>Uses only the library's public packages. Thread-safe: it holds nothing but the engine, which is.
 */
public final class SupervisionService {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionService.class);

    private final ComplianceEngine engine;

    /** A service over {@code engine}: build the engine once (compiling the rules takes seconds) and share it. */
    public SupervisionService(ComplianceEngine engine) {
        this.engine = engine;
    }

    /**
     * Assesses a case file as of {@code asOf}; the engine validates it first.
     *
     * @throws InvalidCaseFileException with every error at its JSON path, for the caller to show or log
     */
    public Assessment assess(CaseFile caseFile, LocalDate asOf) throws InvalidCaseFileException {
        Assessment assessment = engine.assess(caseFile, asOf);
        LOG.info("assessed {} as of {}: {} findings", caseFile.jurisdiction().name(), asOf, assessment.findings().size());
        return assessment;
    }

    /** The CRITICAL findings of an assessment, the ones a dashboard shows first. */
    public List<Finding> critical(Assessment assessment) {
        return assessment.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).toList();
    }

    /** Writes a sub-district's look-back form (回头看情况统计表) as .xlsx; {@code out} is left open. */
    public void writeLookBackForm(CaseFile caseFile, Assessment assessment, String unitId, String filledByPersonId,
                                  OutputStream out) throws IOException {
        LookBackForm.write(caseFile, assessment, unitId, filledByPersonId, FormFormat.XLSX, out);
    }

    /** Writes the supervision workbook for the district office; {@code out} is left open. */
    public void writeSupervisionWorkbook(CaseFile caseFile, Assessment assessment, OutputStream out) throws IOException {
        SupervisionWorkbook.write(caseFile, assessment, out);
    }

    /**
     * Writes a month's public disclosure as HTML, published on {@code publishedOn}, from an assessment as of
     * {@link PublicDisclosure#asOf(YearMonth, LocalDate)}.
     */
    public void writeDisclosure(CaseFile caseFile, Assessment assessment, YearMonth period, LocalDate publishedOn,
                                OutputStream out) throws IOException, DisclosureRefusedException {
        DisclosurePage page = PublicDisclosure.build(caseFile, assessment, period, publishedOn);
        PublicDisclosure.write(page, PublicDisclosure.Format.HTML, out);
    }
}
