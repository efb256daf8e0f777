package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleCompilationException;
import java.io.IOException;
import java.time.LocalDate;

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
}
