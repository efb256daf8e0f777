package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.rules.RuleInfo;
import io.github.shuiyuan.rules.RuleProblem;
import io.github.shuiyuan.rules.fact.Emit;
import io.github.shuiyuan.rules.fact.Thresholds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authoring rules a compiler does not check: rules import only the vocabulary meant for them, never
 * exit, reflect, start processes or threads, touch files or the network; rule names and primary ids are
 * unique across bundled and overlay files; thresholds a rule asks for by name exist. Every problem is
 * reported at its file and line with a stable code in brackets.
 */
final class RuleLint {

    /** What rules may import: packages (ending in a dot) and single types. */
    static final List<String> ALLOWED_IMPORTS = List.of(
            "io.github.shuiyuan.core.", "io.github.shuiyuan.rules.fact.",
            "io.github.shuiyuan.rules.Finding", "io.github.shuiyuan.rules.AccountabilityTrigger",
            "io.github.shuiyuan.rules.Severity", "io.github.shuiyuan.rules.SubjectType",
            "io.github.shuiyuan.rules.CloseOutCondition",
            "java.time.", "java.util.", "java.math.");

    private static final String EXIT = "会结束整个进程";
    private static final String PROCESS = "会启动外部进程";
    private static final String REFLECTION = "使用反射";
    private static final String FILES = "会读写文件";
    private static final String NETWORK = "会访问网络";
    private static final String THREADS = "会启动线程";

    /** Code that a rule must never contain, with the reason given to the author. */
    private static final Map<Pattern, String> FORBIDDEN = forbidden();

    /** Attributes that make results depend on firing order, and the plain insert that would need them. */
    private static final Pattern ORDERING = Pattern.compile("^\\s*(salience|agenda-group|activation-group|ruleflow-group)\\b");
    private static final Pattern PLAIN_INSERT = Pattern.compile("(?<![\\w$.])insert\\s*\\(");

    private static final Pattern THRESHOLD_KEY = Pattern.compile("\\.(?:integer|text|decimal)\\s*\\(\\s*\"([^\"]*)\"\\s*[,)]");

    private final RuleFiles files;
    private final Map<String, DrlText> texts = new TreeMap<>();

    RuleLint(RuleFiles files) {
        this.files = files;
        files.drl().forEach(f -> texts.put(f.name(), DrlText.of(f)));
    }

    /** The text of a DRL file of the rule set, by file name; null for other names. */
    DrlText text(String fileName) {
        return texts.get(fileName);
    }

    /** Where a rule of this name is declared (the first file, by file name), or null when no file declares it. */
    CompiledRules.Declaration declaration(String ruleName) {
        for (Map.Entry<String, DrlText> text : texts.entrySet()) {
            var rule = text.getValue().rule(ruleName);
            if (rule.isPresent()) {
                return new CompiledRules.Declaration(text.getKey(), rule.get().line());
            }
        }
        return null;
    }

    /** Checks the text of every DRL file: imports, forbidden calls, threshold keys (when thresholds are known). */
    void checkText(Thresholds thresholds, List<RuleProblem> problems) {
        texts.forEach((file, text) -> {
            checkImports(file, text, problems);
            checkCalls(file, text, problems);
            checkOrdering(file, text, problems);
            if (thresholds != null) {
                checkThresholdKeys(file, text, thresholds, problems);
            }
        });
    }

    /**
     * Reports every rule name declared more than once (Drools refuses them, but names only the first file);
     * returns the names reported.
     */
    Set<String> checkRuleNames(List<RuleProblem> problems) {
        Map<String, List<Place>> byName = new TreeMap<>();
        texts.forEach((file, text) -> text.rules().forEach(
                r -> byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(place(file, r.line()))));
        Map<String, List<Place>> duplicates = new LinkedHashMap<>();
        byName.forEach((name, places) -> {
            if (places.size() > 1) {
                duplicates.put(name, places);
            }
        });
        duplicates.forEach((name, places) -> reportLater(places, problems, first ->
                "规则名称“" + name + "”重复：已在" + first + "声明，规则名称在整个规则集（内置与叠加文件）中必须唯一 [DUPLICATE_NAME]"));
        return duplicates.keySet();
    }

    /** Reports primary ids used by more than one rule, and missing-data rules that do not say which rule they block. */
    void checkIds(List<RuleInfo> rules, List<RuleProblem> problems) {
        Map<String, List<Place>> byId = new TreeMap<>();
        for (RuleInfo rule : rules) {
            Place place = place(rule.sourceFile(), line(rule));
            if (rule.isPrimary() && Emit.MISSING_DATA.equals(rule.id())) {
                problems.add(place.problem("缺项规则“" + rule.ruleName() + "”（@id(\"DAT-01\")）须用 @blocks 写明它代替判断的规则编号 [MISSING_METADATA]"));
            } else if (rule.isPrimary()) {
                byId.computeIfAbsent(rule.id(), k -> new ArrayList<>()).add(place);
            }
        }
        byId.forEach((id, places) -> reportLater(places, problems, first ->
                "规则编号“" + id + "”重复：已由" + first + "的规则使用；编号的含义不能改变，新的规则须用新的编号 [DUPLICATE_ID]"));
    }

    /**
     * Reports every rule id a rule refers to that no loaded rule produces: a pattern on such findings
     * ({@code Finding(ruleId == "WQ-99")}) or conditions can never match, and a missing-data rule must block a
     * loaded rule. Renaming or dropping a rule that others chain on is caught here, not by a rule that never fires.
     */
    void checkReferences(List<RuleInfo> rules, List<RuleProblem> problems) {
        Set<String> produced = new HashSet<>();
        rules.forEach(r -> produced.add(r.id()));
        Set<String> primary = new HashSet<>();
        rules.stream().filter(RuleInfo::isPrimary).forEach(r -> primary.add(r.id()));
        texts.forEach((file, text) -> {
            for (int n = 1; n <= text.lineCount(); n++) {
                for (DrlText.IdReference ref : text.idReferences(n)) {
                    if (!(ref.blocks() ? primary : produced).contains(ref.id())) {
                        String where = text.ruleAt(n).map(r -> "规则“" + r.name() + "”").orElse("此处");
                        problems.add(new RuleProblem(file, n, where + (ref.blocks() ? "的 @blocks 指向" : "引用")
                                + "的规则编号“" + ref.id() + "”没有任何已加载的规则产生" + Names.didYouMean(ref.id(), produced)
                                + (ref.blocks() ? "" : "，这一条件永远不会成立") + " [UNKNOWN_RULE_ID]"));
                    }
                }
            }
        });
    }

    /** The line where a rule is declared, or 0. */
    int line(RuleInfo rule) {
        DrlText text = texts.get(rule.sourceFile());
        return text == null ? 0 : text.rule(rule.ruleName()).map(DrlText.RuleDecl::line).orElse(0);
    }

    private static void checkImports(String file, DrlText text, List<RuleProblem> problems) {
        for (DrlText.Import i : text.imports()) {
            if (ALLOWED_IMPORTS.stream().noneMatch(a -> a.endsWith(".") ? i.name().startsWith(a) : i.name().equals(a))) {
                problems.add(new RuleProblem(file, i.line(), "不允许导入“" + i.name() + "”：规则只能导入 io.github.shuiyuan.core..、"
                        + "io.github.shuiyuan.rules.fact..、io.github.shuiyuan.rules 的 Finding、AccountabilityTrigger、Severity、SubjectType、CloseOutCondition，"
                        + "以及 java.time..、java.util..、java.math.. [FORBIDDEN_IMPORT]"));
            }
        }
    }

    private static void checkCalls(String file, DrlText text, List<RuleProblem> problems) {
        for (int n = 1; n <= text.lineCount(); n++) {
            if (text.isHeader(n)) {
                continue;
            }
            String code = text.code(n);
            for (Map.Entry<Pattern, String> forbidden : FORBIDDEN.entrySet()) {
                Matcher m = forbidden.getKey().matcher(code);
                if (m.find()) {
                    String where = text.ruleAt(n).map(r -> "规则“" + r.name() + "”").orElse("此处");
                    problems.add(new RuleProblem(file, n, where + "使用了 " + m.group().replaceAll("\\s+", " ")
                            + "（" + forbidden.getValue() + "）：规则只能插入发现（Finding）或中间事实，"
                            + "不得退出、反射、启动进程或线程、读写文件或访问网络 [FORBIDDEN_CALL]"));
                }
            }
        }
    }

    /**
     * Checks every threshold of {@code thresholds.properties} (at its line) and every override: the key is one the
     * rules read, the value is of its kind and in its range ({@link ThresholdSchema}).
     */
    void checkThresholds(RuleFiles.RuleFile file, Map<String, String> overrides, List<RuleProblem> problems) {
        Set<String> askedFor = new HashSet<>();
        texts.values().forEach(text -> {
            for (int n = 1; n <= text.lineCount(); n++) {
                Matcher m = THRESHOLD_KEY.matcher(text.code(n));
                while (m.find()) {
                    askedFor.add(text.raw(n).substring(m.start(1), m.end(1)).strip());
                }
            }
        });
        if (file != null) {
            List<String> lines = file.text().lines().toList();
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1).strip();
                int eq = line.indexOf('=');
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                    continue;
                }
                String key = (eq < 0 ? line : line.substring(0, eq)).strip();
                String value = eq < 0 ? "" : line.substring(eq + 1).strip();
                int at = n;
                if (!overrides.containsKey(key)) {
                    ThresholdSchema.problem(key, value, askedFor).ifPresent(m -> problems.add(new RuleProblem(file.name(), at, m)));
                }
            }
        }
        overrides.forEach((key, value) -> ThresholdSchema.problem(key, value, askedFor).ifPresent(
                m -> problems.add(new RuleProblem("threshold(\"" + key + "\")", 0, m))));
    }

    /**
     * Rules chain by logical insertion, so no rule has to fire before another: a derived fact lives exactly as
     * long as the facts it was derived from. A salience or a group would reintroduce an order, and a plain
     * {@code insert} a fact that outlives its reason.
     */
    private static void checkOrdering(String file, DrlText text, List<RuleProblem> problems) {
        for (int n = 1; n <= text.lineCount(); n++) {
            String code = text.code(n);
            String where = text.ruleAt(n).map(r -> "规则“" + r.name() + "”").orElse("此处");
            Matcher attribute = ORDERING.matcher(code);
            if (attribute.find()) {
                problems.add(new RuleProblem(file, n, where + "使用了 " + attribute.group(1)
                        + "：规则之间不靠触发顺序衔接，推导出的事实用 insertLogical 插入，删去此行即可 [ORDERING]"));
            }
            if (text.ruleAt(n).isPresent() && PLAIN_INSERT.matcher(code).find()) {
                problems.add(new RuleProblem(file, n, where + "使用了 insert：请改用 insertLogical，"
                        + "使推导出的发现或中间事实只在其依据成立时存在，结果才与规则触发顺序无关 [PLAIN_INSERT]"));
            }
        }
    }

    private static void checkThresholdKeys(String file, DrlText text, Thresholds thresholds, List<RuleProblem> problems) {
        for (int n = 1; n <= text.lineCount(); n++) {
            Matcher m = THRESHOLD_KEY.matcher(text.code(n));
            while (m.find()) {
                String key = text.raw(n).substring(m.start(1), m.end(1)).strip();
                if (!thresholds.values().containsKey(key)) {
                    problems.add(new RuleProblem(file, n, "阈值“" + key + "”未在 " + Configuration.THRESHOLDS
                            + " 中配置，评估时会失败 [UNKNOWN_THRESHOLD]"));
                }
            }
        }
    }

    /** Reports every place but the first (bundled files first, then by file and line), naming the first. */
    private static void reportLater(List<Place> places, List<RuleProblem> problems,
                                    Function<String, String> message) {
        if (places.size() < 2) {
            return;
        }
        List<Place> sorted = places.stream().sorted(Place.ORDER).toList();
        Place first = sorted.get(0);
        sorted.subList(1, sorted.size()).forEach(p -> problems.add(p.problem(message.apply(first.toString()))));
    }

    private Place place(String file, int line) {
        RuleFiles.RuleFile f = files.file(file);
        return new Place(file, line, f != null && f.overlaid());
    }

    /** Where a rule is declared; bundled places sort before overlay places. */
    private record Place(String file, int line, boolean overlaid) {

        static final Comparator<Place> ORDER = Comparator.comparing(Place::overlaid)
                .thenComparing(Place::file).thenComparingInt(Place::line);

        RuleProblem problem(String message) {
            return new RuleProblem(file, line, message);
        }

        @Override
        public String toString() {
            return " " + file + ":" + line + " ";
        }
    }

    private static Map<Pattern, String> forbidden() {
        Map<Pattern, String> forbidden = new LinkedHashMap<>();
        forbidden.put(Pattern.compile("\\bSystem\\s*\\.\\s*exit\\b"), EXIT);
        forbidden.put(Pattern.compile("\\bRuntime\\b"), PROCESS);
        forbidden.put(Pattern.compile("\\bProcess(?:Builder|Handle)\\b"), PROCESS);
        forbidden.put(Pattern.compile("\\bClass\\s*\\.\\s*forName\\b"), REFLECTION);
        forbidden.put(Pattern.compile("\\bgetDeclared\\w*"), REFLECTION);
        forbidden.put(Pattern.compile("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*reflect\\b|\\bgetClassLoader\\b"), REFLECTION);
        forbidden.put(Pattern.compile("\\bjava\\s*\\.\\s*n?io\\b"), FILES);
        forbidden.put(Pattern.compile("\\bFiles\\s*\\."), FILES);
        forbidden.put(Pattern.compile("\\bnew\\s+File\\w*"), FILES);
        forbidden.put(Pattern.compile("\\bjava\\s*\\.\\s*net\\b"), NETWORK);
        forbidden.put(Pattern.compile("\\bURL\\w*"), NETWORK);
        forbidden.put(Pattern.compile("\\b\\w*Socket\\b"), NETWORK);
        forbidden.put(Pattern.compile("\\bThread\\b|\\bExecutors\\b"), THREADS);
        return forbidden;
    }
}
