package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.rules.RuleProblem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese hints for the compile errors rule authors make most: an unknown field (with the nearest names the
 * fact has), an unknown type (with the import it needs), unbalanced brackets (at the bracket's own line, once,
 * instead of the parser's complaint at the next line). Drools' own words follow the hint.
 */
final class CompileHints {

    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern ANALYZE = Pattern.compile("^Unable to analy[sz]e expression '([^']*)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w$.]+)'");
    private static final Pattern PARSER = Pattern.compile("^\\[ERR \\d+]");
    /** Where the rules' vocabulary lives: an unknown type found in one of these is only missing its import. */
    private static final List<String> VOCABULARY = List.of("io.github.shuiyuan.rules.fact.", "io.github.shuiyuan.rules.",
            "io.github.shuiyuan.core.", "io.github.shuiyuan.core.source.", "io.github.shuiyuan.core.problem.",
            "io.github.shuiyuan.core.inspection.", "io.github.shuiyuan.core.evidence.", "io.github.shuiyuan.core.reporting.",
            "io.github.shuiyuan.core.quality.", "java.util.", "java.time.");

    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type ProblemState");
    /** What a pattern read on ProblemState before its answers moved to the type of their concern, and where it reads now. */
    private static final Map<String, String> MOVED_PROPERTIES = Map.of(
            "overdue", "deadlines.overdue", "overdueGap", "deadlines.overdueGap", "lateExtensionGap", "deadlines.lateExtensionGap",
            "effectiveDeadline", "deadlines.effective", "lookedBackSinceRectified", "rectification.lookedBack",
            "heldSinceRectified", "rectification.held", "closedOverFailedLookBack", "closeOut.overFailedLookBack",
            "rectifiedByAsOf", "rectification.date != null");
    /** What a consequence called on ProblemState before, and what it calls now. */
    private static final Map<String, String> MOVED_METHODS = Map.ofEntries(
            Map.entry("describe", "ProblemWords.describe($p)"), Map.entry("standing", "ProblemWords.standing($p)"),
            Map.entry("blankRecords", "ProblemWords.blankRecords($p.problem())"),
            Map.entry("latestOutcomeLabel", "$p.latestLookBack().orElseThrow().outcome().label()"),
            Map.entry("effectiveDeadline", "$p.deadlines().effective()"), Map.entry("overdueGap", "$p.deadlines().overdueGap()"),
            Map.entry("lateExtensionGap", "$p.deadlines().lateExtensionGap()"), Map.entry("lateExtensions", "$p.deadlines().lateExtensions()"),
            Map.entry("deadlineBefore", "$p.deadlines().before(…)"), Map.entry("isOverdue", "$p.deadlines().isOverdue()"),
            Map.entry("outcomeSinceRectified", "$p.rectification().outcome()"),
            Map.entry("latestLookBackSince", "$p.rectification().latestLookBack()"),
            Map.entry("unitsNotFiledWith", "$p.closeOut().unitsNotFiledWith(…)"),
            Map.entry("unitsWithUndatedFiling", "$p.closeOut().unitsWithUndatedFiling(…)"));

    private final RuleLint lint;

    CompileHints(RuleLint lint) {
        this.lint = lint;
    }

    /** The problems with hints: one per mistake, the hint first, Drools' text after it. */
    List<RuleProblem> apply(List<RuleProblem> problems) {
        List<RuleProblem> out = new ArrayList<>();
        Map<String, RuleProblem> fields = new LinkedHashMap<>();
        Set<String> unbalancedFiles = new TreeSet<>();
        for (RuleProblem p : problems) {
            String text = drools(p.message());
            Matcher field = UNKNOWN_FIELD.matcher(text);
            Matcher type = UNKNOWN_TYPE.matcher(text);
            if (field.find()) {
                fields.putIfAbsent(p.file() + ':' + p.line() + ':' + field.group(2), new RuleProblem(p.file(), p.line(),
                        unknownField(field.group(1), field.group(2)) + " — Drools：" + text + " [UNKNOWN_FIELD]"));
            } else if (ANALYZE.matcher(text).find() && fields.keySet().stream().anyMatch(k -> k.startsWith(p.file() + ':' + p.line() + ':'))) {
                continue;
            } else if (type.find()) {
                out.add(new RuleProblem(p.file(), p.line(), unknownType(type.group(1)) + " — Drools：" + text + " [UNKNOWN_TYPE]"));
            } else if (PARSER.matcher(text).find() && !unbalancedFiles.contains(p.file())) {
                Optional<RuleProblem> brackets = unbalanced(p.file(), text);
                brackets.ifPresent(b -> unbalancedFiles.add(p.file()));
                out.add(brackets.orElse(p));
            } else if (!(PARSER.matcher(text).find() && unbalancedFiles.contains(p.file()))) {
                out.add(moved(p, text));
            }
        }
        out.addAll(fields.values());
        return out;
    }

    /** The Drools text of a converted problem, without our prefix and code. */
    private static String drools(String message) {
        String text = message.startsWith("编译错误：") ? message.substring("编译错误：".length()) : message;
        return text.endsWith(" [COMPILE]") ? text.substring(0, text.length() - " [COMPILE]".length()) : text;
    }

    /** A consequence calling a ProblemState method that moved: the problem with where it lives now after Drools' text. */
    private static RuleProblem moved(RuleProblem p, String text) {
        Matcher m = UNDEFINED_METHOD.matcher(text);
        if (!m.find() || !MOVED_METHODS.containsKey(m.group(1))) {
            return p;
        }
        String code = p.code() == null ? "" : " [" + p.code() + "]";
        String message = p.message().endsWith(code) ? p.message().substring(0, p.message().length() - code.length()) : p.message();
        return new RuleProblem(p.file(), p.line(), message + "；" + m.group(1) + "() 已移出 ProblemState，请改用 "
                + MOVED_METHODS.get(m.group(1)) + code);
    }

    private static String unknownField(String className, String name) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (simple.equals("ProblemState") && MOVED_PROPERTIES.containsKey(name)) {
            return simple + " 没有字段“" + name + "”：它已移出 ProblemState，请改用“" + MOVED_PROPERTIES.get(name) + "”";
        }
        List<String> near = properties(className).map(all -> Names.nearest(name, all, 3)).orElse(List.of());
        return simple + " 没有字段“" + name + "”" + (near.isEmpty() ? "" : "；是否应为“" + String.join("”“", near) + "”？");
    }

    /** What a fact's patterns can read: record components, getters and {@code isX} methods as properties. */
    private static Optional<Set<String>> properties(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, CompileHints.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                names.add(c.getName());
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))) {
                names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            } else if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
                names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else {
                names.add(n);
            }
        }
        return Optional.of(names);
    }

    private static String unknownType(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        for (String pkg : VOCABULARY) {
            try {
                Class.forName(pkg + simple, false, CompileHints.class.getClassLoader());
                return "未知的类型“" + simple + "”：缺少导入，请在文件开头加上 import " + pkg + simple + ";";
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package
            }
        }
        return "未知的类型“" + simple + "”：规则可用的事实见 io.github.shuiyuan.rules.fact 与 io.github.shuiyuan.core 各包，请检查拼写和导入";
    }

    /**
     * For a parser error, the first unbalanced bracket of the file (an opening one never closed, or a closing one
     * that closes nothing), at its own line; empty when the brackets balance and the parser means something else.
     */
    private Optional<RuleProblem> unbalanced(String file, String droolsText) {
        DrlText text = lint.text(file);
        if (text == null) {
            return Optional.empty();
        }
        for (DrlText.RuleDecl rule : text.rules()) {
            int end = rule.endLine() == 0 ? text.lineCount() : rule.endLine();
            Deque<int[]> open = new ArrayDeque<>();
            for (int n = rule.line(); n <= end; n++) {
                String code = text.code(n);
                for (int i = 0; i < code.length(); i++) {
                    char c = code.charAt(i);
                    if ("([{".indexOf(c) >= 0) {
                        open.push(new int[] {c, n});
                    } else if (")]}".indexOf(c) >= 0) {
                        char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                        if (open.isEmpty() || open.peek()[0] != expected) {
                            return Optional.of(bracket(file, n, "多余的“" + c + "”，前面没有与之对应的开括号", rule, droolsText));
                        }
                        open.pop();
                    }
                }
                if (n == rule.thenLine() - 1 && !open.isEmpty() || n == end && !open.isEmpty()) {
                    int[] unclosed = open.peek();
                    return Optional.of(bracket(file, unclosed[1], "这一行的“" + (char) unclosed[0] + "”没有对应的闭括号", rule, droolsText));
                }
            }
        }
        return Optional.empty();
    }

    private static RuleProblem bracket(String file, int line, String what, DrlText.RuleDecl rule, String droolsText) {
        return new RuleProblem(file, line, "规则“" + rule.name() + "”括号不配对：" + what + " — Drools：" + droolsText
                + " [UNBALANCED_BRACKETS]");
    }
}
