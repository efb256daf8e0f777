package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code CASE.json} parameter that leads every command reading one case file, and reading it strictly. */
final class CaseFileParameter {

    @Parameters(index = "0", paramLabel = "CASE.json", description = "案卷文件（case file，JSON）")
    Path path;

    /** The validated case file; errors are printed to {@code err} and end the command (exit 1, or 2 when unreadable). */
    CaseFile read(PrintWriter err) {
        return Cli.readCaseFile(path, false, err);
    }
}
