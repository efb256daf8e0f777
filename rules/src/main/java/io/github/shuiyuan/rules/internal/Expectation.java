package io.github.shuiyuan.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shuiyuan.rules.fact.Emit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * One expectation of a rule scenario, matched against the assessment's JSON: a finding
 * ({@code {"ruleId": "ZN-01", "subjectId": "PRB-1"}}), a close-out status ({@code {"closeOut": "PRB-1",
 * "eligible": false}}) or an accountability trigger ({@code {"accountability": "ACC-01", "measure": "…"}}).
 * It matches an entry when every key it gives is equal; a key it leaves out matches anything.
 */
public record Expectation(Kind kind, ObjectNode keys) {

    /** What an expectation is about: the list of the assessment it looks in, and the keys it may give. */
    public enum Kind {
        FINDING("findings", null, null,
                List.of("ruleId", "title", "clause", "severity", "subjectType", "subjectId", "ref", "waterSourceId", "unitId", "message"),
                List.of("ruleId", "subjectId", "ref")),
        CLOSE_OUT("closeOut", "closeOut", "problemId", List.of("closeOut", "eligible", "unmet"),
                List.of("problemId", "eligible", "unmet")),
        ACCOUNTABILITY("accountability", "accountability", "ruleId",
                List.of("accountability", "targetUnitId", "targetPersonId", "reason", "measure", "basis"),
                List.of("ruleId", "targetUnitId", "measure"));

        private final String list;
        private final String marker;
        private final String markerField;
        private final List<String> keys;
        private final List<String> shown;

        Kind(String list, String marker, String markerField, List<String> keys, List<String> shown) {
            this.list = list;
            this.marker = marker;
            this.markerField = markerField;
            this.keys = keys;
            this.shown = shown;
        }

        /** The field of an assessment entry that expectation key {@code key} compares with. */
        String field(String key) {
            return key.equals(marker) ? markerField : key;
        }
    }

    /**
     * Reads one expectation; adds what is wrong with it (at JSON path {@code path}) to {@code errors} and
     * returns null when it is not one.
     */
    public static Expectation read(JsonNode node, String path, List<String> errors) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            errors.add(path + " 应为非空的JSON对象，如 {\"ruleId\": \"ZN-01\", \"subjectId\": \"PRB-1\"}");
            return null;
        }
        Kind kind = node.has("closeOut") ? Kind.CLOSE_OUT : node.has("accountability") ? Kind.ACCOUNTABILITY : Kind.FINDING;
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!kind.keys.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            errors.add(path + " 有未知的键“" + String.join("”“", unknown) + "”，可用的键：" + String.join("、", kind.keys));
            return null;
        }
        return new Expectation(kind, (ObjectNode) node);
    }

    /** The entries of the assessment (as JSON) this expectation matches. */
    public List<JsonNode> matches(JsonNode assessment) {
        return entries(assessment).stream().filter(this::matchesEntry).toList();
    }

    /**
     * The entries worth showing when this expectation is not met: those that agree with it on its main
     * key (the rule id, the problem id), or every entry of its list when it gives none.
     */
    public List<JsonNode> related(JsonNode assessment) {
        String main = kind.marker != null ? kind.marker : "ruleId";
        JsonNode wanted = keys.get(main);
        return entries(assessment).stream()
                .filter(e -> wanted == null || same(wanted, e.get(kind.field(main))))
                .toList();
    }

    /** The rule id a finding or accountability expectation names, if it names one; empty for close-out. */
    public Optional<String> ruleId() {
        JsonNode id = switch (kind) {
            case FINDING -> keys.get("ruleId");
            case ACCOUNTABILITY -> keys.get("accountability");
            case CLOSE_OUT -> null;
        };
        return id == null || !id.isTextual() ? Optional.empty() : Optional.of(id.asText());
    }

    /**
     * The rule a missing-data expectation is about: the {@code ref} of a finding expectation on {@code DAT-01}
     * ({@code {"ruleId": "DAT-01", "ref": "ISO-01"}} is about ISO-01's missing data); empty otherwise.
     */
    public Optional<String> blockedRule() {
        JsonNode ref = keys.get("ref");
        return kind == Kind.FINDING && ruleId().filter(Emit.MISSING_DATA::equals).isPresent() && ref != null && ref.isTextual()
                ? Optional.of(ref.asText())
                : Optional.empty();
    }

    /**
     * This expectation as an engine holding only some close-out conditions can meet it: of a close-out expectation,
     * {@code unmet} keeps only the conditions in {@code loaded}, and {@code eligible} is left out unless
     * {@code everyCondition} (eligibility needs every condition). Any other expectation is returned as it is.
     */
    public Expectation narrowedTo(Set<String> loaded, boolean everyCondition) {
        if (kind != Kind.CLOSE_OUT) {
            return this;
        }
        ObjectNode narrowed = keys.deepCopy();
        if (!everyCondition) {
            narrowed.remove("eligible");
        }
        JsonNode unmet = keys.get("unmet");
        if (unmet != null && unmet.isArray()) {
            ArrayNode kept = narrowed.putArray("unmet");
            unmet.forEach(c -> {
                if (loaded.contains(c.asText())) {
                    kept.add(c);
                }
            });
        }
        return new Expectation(kind, narrowed);
    }

    /** Whether this is about a close-out status. */
    public boolean isCloseOut() {
        return kind == Kind.CLOSE_OUT;
    }

    /** The expectation as written, on one line. */
    public String describe() {
        return keys.toString();
    }

    /** What the assessment lacks when nothing is related to this expectation: "没有 ZN-01 的发现". */
    public String describeNone() {
        String main = kind.marker != null ? kind.marker : "ruleId";
        String id = keys.hasNonNull(main) ? keys.get(main).asText() : null;
        return switch (kind) {
            case FINDING -> id == null ? "没有任何发现" : "没有 " + id + " 的发现";
            case CLOSE_OUT -> "没有问题 " + id + " 的销号状态";
            case ACCOUNTABILITY -> "没有 " + id + " 的问责建议";
        };
    }

    /** An entry of the assessment on one line, by the keys that tell entries apart. */
    public String describe(JsonNode entry) {
        ObjectNode shown = JsonNodeFactory.instance.objectNode();
        for (String field : kind.shown) {
            JsonNode value = entry.get(field);
            if (value != null && !value.isNull()) {
                shown.set(field.equals(kind.markerField) && kind.marker != null ? kind.marker : field, value);
            }
        }
        return shown.toString();
    }

    private boolean matchesEntry(JsonNode entry) {
        Iterator<Map.Entry<String, JsonNode>> fields = keys.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> key = fields.next();
            if (!same(key.getValue(), entry.get(kind.field(key.getKey())))) {
                return false;
            }
        }
        return true;
    }

    private List<JsonNode> entries(JsonNode assessment) {
        JsonNode list = assessment.get(kind.list);
        return list == null ? List.of() : StreamSupport.stream(list.spliterator(), false).toList();
    }

    /** Equal for an expectation: null matches an absent value, lists match in any order, scalars by text. */
    private static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            return actual == null || actual.isNull();
        }
        if (actual == null || actual.isNull()) {
            return false;
        }
        if (expected.isArray() || actual.isArray()) {
            return expected.isArray() && actual.isArray() && sortedTexts(expected).equals(sortedTexts(actual));
        }
        if (expected.isContainerNode() || actual.isContainerNode()) {
            return expected.equals(actual);
        }
        return expected.asText().equals(actual.asText());
    }

    private static List<String> sortedTexts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).sorted().toList();
    }
}
