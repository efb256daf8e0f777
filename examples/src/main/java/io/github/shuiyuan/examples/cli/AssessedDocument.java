package io.github.shuiyuan.examples.cli;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.io.OutputFile;
import io.github.shuiyuan.core.validation.ValidCaseFile;
import io.github.shuiyuan.rules.Assessment;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Mixin;

/**
 * The options of a command that writes one document from a case file assessed as of a date — {@code CASE.json
 * --as-of DATE --out FILE [--rules DIR]} — and the steps every such command takes in the same order: load the
 * rules in the background, check the output, read and validate the case file, assess it. A picocli mixin.
 */
final class AssessedDocument {

    @Mixin
    CaseFileParameter caseFile;

    @Mixin
    AsOfOption asOf;

    @Mixin
    OutOption out;

    @Mixin
    RulesOption rules;

    /** What the command writes from: the checked output, the case file and its assessment as of {@code --as-of}. */
    record Assessed(OutputFile target, CaseFile caseFile, Assessment assessment) {
    }

    /**
     * Checks the output against {@code extensions} before anything is read, then reads, validates and assesses the
     * case file; every failure ends the command with its exit code.
     */
    Assessed assess(PrintWriter err, String... extensions) {
        rules.prepare();
        OutputFile target = out.checked(List.of(caseFile.path), extensions);
        ValidCaseFile valid = caseFile.read(err);
        return new Assessed(target, valid.caseFile(), rules.assess(valid, asOf.date, err));
    }
}
