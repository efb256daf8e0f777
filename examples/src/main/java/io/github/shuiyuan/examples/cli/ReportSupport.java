package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.InvalidCaseFileException;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.RuleCompilationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/** What the report and disclose commands share: assessing with the bundled rules and writing output files whole. */
final class ReportSupport {

    /** Writes the content of an output file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportSupport() {
    }

    /** Assesses a validated case file with the bundled rules. */
    static Assessment assess(CaseFile caseFile, LocalDate asOf) {
        try {
            return ComplianceEngine.builder().build().assess(caseFile, asOf);
        } catch (RuleCompilationException | IOException e) {
            throw new Cli.Failure(Cli.USAGE, "规则无法加载 [RULES_UNAVAILABLE]: " + e.getMessage());
        } catch (InvalidCaseFileException e) {
            throw new Cli.Failure(Cli.INVALID, "案卷文件校验未通过 [CASE_FILE_INVALID]: " + e.getMessage());
        }
    }

    /**
     * Writes {@code out} whole or not at all: into a temporary file beside it first, then moved into place,
     * so a failure never leaves a half-written report behind.
     */
    static void writeFile(Path out, Content content) {
        Path target = out.toAbsolutePath();
        Path temp = null;
        try {
            Path dir = target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            temp = Files.createTempFile(dir, ".shuiyuan-", ".part");
            try (OutputStream stream = Files.newOutputStream(temp)) {
                content.writeTo(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new Cli.Failure(Cli.USAGE, "无法写入文件 [FILE_UNWRITABLE]: " + out + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new Cli.Failure(Cli.USAGE, e.getMessage() + " [CANNOT_WRITE]");
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the temporary file stays; nothing else depends on it
        }
    }
}
