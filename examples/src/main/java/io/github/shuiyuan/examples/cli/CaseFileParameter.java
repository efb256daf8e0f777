package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.validation.ValidCaseFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code CASE.json} parameter that leads every command reading one case file, and reading it strictly. */
final class CaseFileParameter {

    @Parameters(index = "0", paramLabel = "CASE.json", description = "案卷文件（case file，JSON）")
    Path path;

    /**
     * The validated case file, with the proof that it passed (the engine then assesses it without validating it
     * again); errors are printed to {@code err} and end the command (exit 1, or 2 when unreadable).
     */
    ValidCaseFile read(PrintWriter err) {
        return Cli.readValidCaseFile(path, false, err);
    }
}
