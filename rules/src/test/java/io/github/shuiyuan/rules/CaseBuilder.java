package io.github.shuiyuan.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds test case files as JSON, the way integrators send them: start from a small healthy case
 * ({@code fixtures/base-case.json}: campaign, district office and bureaus, sub-districts SD-A and SD-B,
 * river source WS-A in use with approved and marked first- and second-level zones), then add and patch
 * records. {@link #build()} reads the result with the strict reader, so every fixture is valid input.
 */
final class CaseBuilder {

    private static final ObjectMapper JSON = JsonMappers.newMapper();

    private final ObjectNode root;

    private CaseBuilder(ObjectNode root) {
        this.root = root;
    }

    /** The healthy base case. */
    static CaseBuilder base() {
        try (InputStream in = CaseBuilder.class.getResourceAsStream("/fixtures/base-case.json")) {
            return new CaseBuilder((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a record (JSON object text) to a top-level list such as {@code problems}. */
    CaseBuilder add(String list, String json) {
        ((ArrayNode) root.withArray(list)).add(parse(json));
        return this;
    }

    /**
     * Merges fields (JSON object text) into the object at {@code path}, e.g. {@code waterSources[0].zones[0]},
     * or {@code campaign}; a field set to null is removed.
     */
    CaseBuilder patch(String path, String json) {
        ObjectNode target = (ObjectNode) at(path);
        parse(json).fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        });
        return this;
    }

    /** Removes the field or list element at {@code path} (e.g. {@code campaign}, {@code waterSources[0].zones[1]}). */
    CaseBuilder remove(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        if (bracket > dot) {
            ArrayNode list = (ArrayNode) at(path.substring(0, bracket));
            list.remove(Integer.parseInt(path.substring(bracket + 1, path.length() - 1)));
        } else {
            ObjectNode parent = dot < 0 ? root : (ObjectNode) at(path.substring(0, dot));
            parent.remove(path.substring(dot + 1));
        }
        return this;
    }

    /** A problem of SD-A at WS-A with the given fields over sensible defaults (identified 2018-03-01, deadline 2018-06-30). */
    CaseBuilder problem(String id, int serialNo, String json) {
        ObjectNode p = record(id, """
                {"serialNo": 0, "waterSourceId": "WS-A", "zoneLevel": "FIRST", "category": "SEWAGE_OUTFALL",
                 "location": "南通市崇川区", "description": "测试问题", "identifiedOn": "2018-03-01",
                 "identifiedBy": "SURVEY", "responsibleUnitId": "SD-A", "responsiblePersonId": "PER-A",
                 "deadline": "2018-06-30", "status": "OPEN"}""", json);
        p.put("serialNo", serialNo);
        ((ArrayNode) root.withArray("problems")).add(p);
        return this;
    }

    /**
     * A plan of SD-A for WS-A with every part 崇川政办发〔2018〕40号 demands (approved 2018-05-10, a measure, one milestone
     * "完成整治" due 2018-06-30 and not done), with the given fields over it.
     */
    CaseBuilder plan(String id, String json) {
        ((ArrayNode) root.withArray("plans")).add(record(id, """
                {"waterSourceId": "WS-A", "approvedOn": "2018-05-10", "responsibleUnitId": "SD-A",
                 "responsiblePersonId": "PER-A", "leaderPersonId": "PER-A", "problemIds": [],
                 "measures": ["清理整治"], "milestones": [{"title": "完成整治", "dueOn": "2018-06-30"}]}""", json));
        return this;
    }

    /** A look-back (回头看) of WS-A by SD-A on {@code date} with one result. */
    CaseBuilder lookBack(String id, String date, String problemId, String outcome) {
        return add("inspections", """
                {"id": "%s", "type": "LOOK_BACK", "waterSourceId": "WS-A", "date": "%s", "unitId": "SD-A",
                 "results": [{"problemId": "%s", "outcome": "%s"}]}""".formatted(id, date, problemId, outcome));
    }

    /** Evidence with the given fields over defaults: its own archive path and a SHA-256 unique to its id. */
    CaseBuilder evidence(String id, String json) {
        ObjectNode e = record(id, "{}", json);
        e.put("uri", "archive/" + id + ".jpg");
        if (!e.has("sha256")) {
            e.put("sha256", sha256(id));
        }
        ((ArrayNode) root.withArray("evidence")).add(e);
        return this;
    }

    /** The SHA-256 of a text, as 64 lower-case hex digits. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode record(String id, String defaults, String json) {
        ObjectNode record = (ObjectNode) parse(defaults);
        record.put("id", id);
        parse(json).fields().forEachRemaining(e -> record.set(e.getKey(), e.getValue()));
        return record;
    }

    /** The case file, read and validated as a caller's JSON would be. */
    CaseFile build() {
        try {
            return CaseFileJson.strict().readString(root.toString());
        } catch (InvalidCaseFileException e) {
            throw new AssertionError("fixture is not a valid case file: " + e.errors(), e);
        }
    }

    /** The JSON text, for tests of the reader itself. */
    String json() {
        return root.toPrettyString();
    }

    private JsonNode at(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String field = bracket < 0 ? part : part.substring(0, bracket);
            node = node.get(field);
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                node = node.get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        if (node == null) {
            throw new IllegalArgumentException("no node at " + path);
        }
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad fixture JSON: " + json, e);
        }
    }
}
