package io.github.shuiyuan.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a rule scenario file (see {@code rule-scenarios.md}): {@code name}, {@code asOf}, the case file
 * inline ({@code case}) or by a path relative to the scenario ({@code caseFile}), and {@code expect}
 * with {@code present} and {@code absent} expectations. Anything else makes it "not a scenario", with
 * every reason in Chinese.
 */
public final class ScenarioFile {

    private static final ObjectMapper JSON = JsonMappers.newMapper();
    private static final List<String> FIELDS = List.of("name", "asOf", "case", "caseFile", "expect");
    private static final List<String> EXPECT_FIELDS = List.of("present", "absent");

    private ScenarioFile() {
    }

    /** A scenario as read: what to assess and what to expect. */
    public record Scenario(String name, LocalDate asOf, CaseFile caseFile, List<Expectation> present,
                           List<Expectation> absent) {
    }

    /** A scenario file read: the scenario, or the name (when it has one) and why it is not a scenario. */
    public record Read(Scenario scenario, String name, List<String> errors) {

        public boolean isValid() {
            return scenario != null;
        }
    }

    /** Reads the scenario at {@code file}. */
    public static Read read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            return invalid(null, "不是有效的JSON（第" + e.getLocation().getLineNr() + "行第" + e.getLocation().getColumnNr()
                    + "列）：" + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            return invalid(null, "无法读取：" + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return invalid(null, "场景文件应为一个JSON对象，含 name、asOf、case 或 caseFile、expect");
        }
        List<String> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(k -> {
            if (!FIELDS.contains(k)) {
                errors.add("未知的字段“" + k + "”（可用：" + String.join("、", FIELDS) + "）");
            }
        });
        String name = text(root, "name");
        if (name == null) {
            errors.add("缺少 name（场景名称）");
        }
        LocalDate asOf = asOf(root, errors);
        List<Expectation> present = new ArrayList<>();
        List<Expectation> absent = new ArrayList<>();
        expectations(root.get("expect"), present, absent, errors);
        CaseFile caseFile = caseFile(root, file, errors);
        if (!errors.isEmpty()) {
            return new Read(null, name, List.copyOf(errors));
        }
        return new Read(new Scenario(name, asOf, caseFile, List.copyOf(present), List.copyOf(absent)), name, List.of());
    }

    private static LocalDate asOf(JsonNode root, List<String> errors) {
        String asOf = text(root, "asOf");
        if (asOf == null) {
            errors.add("缺少 asOf（评估日期，如 \"2018-06-15\"）");
            return null;
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            errors.add("asOf“" + asOf + "”不是有效日期（应为 YYYY-MM-DD）");
            return null;
        }
    }

    private static void expectations(JsonNode expect, List<Expectation> present, List<Expectation> absent,
                                     List<String> errors) {
        if (expect == null || !expect.isObject()) {
            errors.add("缺少 expect（期望：present 与/或 absent）");
            return;
        }
        expect.fieldNames().forEachRemaining(k -> {
            if (!EXPECT_FIELDS.contains(k)) {
                errors.add("expect 中未知的字段“" + k + "”（可用：present、absent）");
            }
        });
        list(expect, "present", present, errors);
        list(expect, "absent", absent, errors);
        if (present.isEmpty() && absent.isEmpty() && errors.isEmpty()) {
            errors.add("expect 中没有任何期望：这样的场景永远不会失败");
        }
    }

    private static void list(JsonNode expect, String field, List<Expectation> into, List<String> errors) {
        JsonNode list = expect.get(field);
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            errors.add("expect." + field + " 应为数组");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Expectation e = Expectation.read(list.get(i), "expect." + field + "[" + i + "]", errors);
            if (e != null) {
                into.add(e);
            }
        }
    }

    private static CaseFile caseFile(JsonNode root, Path file, List<String> errors) {
        JsonNode inline = root.get("case");
        String path = text(root, "caseFile");
        if ((inline == null) == (path == null)) {
            errors.add("应有且只有 case（内嵌案卷）或 caseFile（案卷文件相对于场景文件的路径）之一");
            return null;
        }
        try {
            if (inline != null) {
                return CaseFileJson.strict().readString(JSON.writeValueAsString(inline));
            }
            Path resolved = file.toAbsolutePath().getParent().resolve(path).normalize();
            return CaseFileJson.strict().read(resolved);
        } catch (InvalidCaseFileException e) {
            errors.add((inline != null ? "内嵌案卷 case" : "案卷文件 " + path) + " 校验未通过：" + e.errors().stream()
                    .map(err -> inline != null ? inlineError(err) : err.describe())
                    .collect(Collectors.joining("；")));
        } catch (NoSuchFileException e) {
            errors.add("案卷文件不存在：" + path);
        } catch (IOException e) {
            errors.add("无法读取案卷文件 " + path + "：" + e.getMessage());
        }
        return null;
    }

    /** An error of an inline case, with its path from the scenario's root and without the re-serialised text's lines. */
    private static String inlineError(ValidationError e) {
        String path = e.path().startsWith("$") ? "$.case" + e.path().substring(1) : e.path();
        return new ValidationError(path, e.code(), e.message(), e.messageEn(), null, null).describe();
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static Read invalid(String name, String error) {
        return new Read(null, name, List.of(error));
    }
}
