package io.github.shuiyuan.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.json.InvalidCaseFileException;
import io.github.shuiyuan.rules.Assessment;
import io.github.shuiyuan.rules.CloseOutStatus;
import io.github.shuiyuan.rules.RulesetInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bundled Chongchuan 2018 sample (examples/data/chongchuan-2018.json), optionally patched, and
 * hand-made assessments: the close-out rules live elsewhere, so tests say which close-out status they want.
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

    /** An assessment as of {@code asOf} with only these close-out statuses. */
    static Assessment assessment(LocalDate asOf, CloseOutStatus... closeOut) {
        return new Assessment(asOf, new RulesetInfo("test", "0", "0"), List.of(), List.of(closeOut), List.of(), List.of());
    }
}
