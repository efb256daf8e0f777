package io.github.shuiyuan.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.ComplianceEngine;
import io.github.shuiyuan.rules.ProblemView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bundled Chongchuan 2018 sample (examples/data/chongchuan-2018.json), optionally patched, and its
 * assessments by the bundled rules, where a test may say which close-out verdict it wants.
 */
final class Fixtures {

    static final Path SAMPLE = Path.of("..", "examples", "data", "chongchuan-2018.json");
    static final LocalDate DEC_10 = LocalDate.of(2018, 12, 10);
    private static final ObjectMapper JSON = CaseFileJson.newMapper();

    private Fixtures() {
    }

    /** The sample as shipped. */
    static CaseFile sample() {
        return sample(root -> { });
    }

    /** The sample with {@code patch} applied to its JSON tree first. */
    static CaseFile sample(Consumer<ObjectNode> patch) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(SAMPLE.toFile());
            patch.accept(root);
            return CaseFileJson.strict().readString(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCaseFileException e) {
            throw new IllegalStateException(e.errors().toString(), e);
        }
    }

    /** The problem with this id in a sample tree, for patching. */
    static ObjectNode problem(ObjectNode root, String id) {
        for (var node : root.withArray("problems")) {
            if (node.get("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /**
     * The bundled rules' assessment of {@code file} as of {@code asOf}, with the close-out verdicts of the problems
     * {@code closeOut} names replaced by those (in the close-out list and in the problems' views), so that a test
     * can say which verdict it wants.
     */
    static Assessment assessment(CaseFile file, LocalDate asOf, CloseOutStatus... closeOut) {
        Assessment real;
        try {
            real = ENGINE.assess(file, asOf);
        } catch (InvalidCaseFileException e) {
            throw new IllegalStateException(e.errors().toString(), e);
        }
        Map<String, CloseOutStatus> wanted = new HashMap<>();
        for (CloseOutStatus c : closeOut) {
            wanted.put(c.problemId(), c);
        }
        List<CloseOutStatus> list = real.closeOut().stream().map(c -> wanted.getOrDefault(c.problemId(), c)).toList();
        List<ProblemView> views = real.problems().stream().map(v -> v.closeOut() == null || !wanted.containsKey(v.problemId()) ? v
                : new ProblemView(v.problemId(), v.serialNo(), v.waterSourceId(), v.unitId(), v.status(), v.progress(),
                        v.unresolved(), v.overdue(), v.rectifiedOn(), v.closedOn(), v.deadline(), v.effectiveDeadline(),
                        v.inPlan(), v.latestLookBack(), wanted.get(v.problemId()))).toList();
        return new Assessment(real.asOf(), real.ruleset(), real.findings(), list, real.accountability(),
                real.waterQuality(), views);
    }

    private static final ComplianceEngine ENGINE = bundledEngine();

    /** The bundled rules, compiled once for all tests. */
    static ComplianceEngine engine() {
        return ENGINE;
    }

    private static ComplianceEngine bundledEngine() {
        try {
            return ComplianceEngine.builder().build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
