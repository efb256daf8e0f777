package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.report.DisclosurePage;
import io.github.shuiyuan.report.DisclosureRefusedException;
import io.github.shuiyuan.report.PublicDisclosure;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleCompilationException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

/** What the report and disclose commands share: assessing with the bundled rules (files are written whole by Output). */
final class ReportSupport {

    private ReportSupport() {
    }

    /** The bundled rules, compiled. */
    static ComplianceEngine engine() {
        try {
            return ComplianceEngine.builder().build();
        } catch (RuleCompilationException | IOException e) {
            throw new Cli.Failure(Cli.USAGE, "规则无法加载 [RULES_UNAVAILABLE]: " + e.getMessage());
        }
    }

    /** Assesses a validated case file with the bundled rules. */
    static Assessment assess(CaseFile caseFile, LocalDate asOf) {
        try {
            return engine().assess(caseFile, asOf);
        } catch (InvalidCaseFileException e) {
            throw new Cli.Failure(Cli.INVALID, "案卷文件校验未通过 [CASE_FILE_INVALID]: " + e.getMessage());
        }
    }

    /** The disclosure of {@code period} published on {@code publishedOn} (null: a draft), from an assessment as of its date. */
    static DisclosurePage disclose(CaseFile caseFile, YearMonth period, LocalDate publishedOn) {
        try {
            Assessment assessment = assess(caseFile, PublicDisclosure.asOf(period, publishedOn));
            return PublicDisclosure.build(caseFile, assessment, period, publishedOn);
        } catch (DisclosureRefusedException e) {
            throw new Cli.Failure(Cli.USAGE, "无法公开：" + e.getMessage());
        }
    }
}
