package io.github.shuiyuan.examples.embed;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.Finding;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The library embedded in another system, in four steps: read a case file, refuse it with every error
 * when it is invalid, build the engine once, assess as of a date the caller gives.
 *
 * <pre>
 * java -cp shuiyuan.jar io.github.shuiyuan.examples.embed.EmbeddingExample data/chongchuan-2018.json 2018-12-10
 * </pre>
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws Exception {
        Path caseFilePath = Path.of(args.length > 0 ? args[0] : "examples/data/chongchuan-2018.json");
        LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2018, 12, 10);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        // 1. Read and validate the case file. Bad content is not an I/O error: it comes back as a list.
        CaseFile caseFile;
        try {
            caseFile = CaseFileJson.strict().read(caseFilePath);
        } catch (InvalidCaseFileException e) {
            for (ValidationError error : e.errors()) {
                out.println(error.path() + " " + error.code() + ": " + error.message());
            }
            return;
        }

        // 2. Build the engine once (compiling the rules takes seconds) and keep it: it is thread-safe.
        ComplianceEngine engine = ComplianceEngine.bundled();

        // 3. Assess as of a date you give; the engine never reads the clock.
        Assessment assessment = engine.assess(caseFile, asOf);

        // 4. Use the findings (or ComplianceEngine.toJson(assessment) to hand them on as JSON).
        out.println("规则集 " + assessment.ruleset().name() + " " + assessment.ruleset().version()
                + "，截至 " + assessment.asOf() + " 发现 " + assessment.findings().size() + " 条：");
        for (Finding finding : assessment.findings()) {
            out.println(finding.ruleId() + " [" + finding.severity() + "] " + finding.subjectId() + " " + finding.message());
        }
    }
}
