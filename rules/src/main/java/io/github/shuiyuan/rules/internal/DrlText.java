package io.github.shuiyuan.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DRL file as the rule linter reads it, line by line: the raw text, and the "code" — the same text with
 * comments blanked and the contents of string literals blanked (quotes kept), so that a word inside a
 * message or a comment is never taken for code. Offsets and line numbers are the same in both.
 */
final class DrlText {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\b");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    private static final Pattern END = Pattern.compile("^\\s*end\\b");
    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:(?:static|function|accumulate)\\s+)?([\\w.$]+(?:\\.\\*)?)");
    /** Where a rule names another rule's id: {@code ruleId == "WQ-02"}, {@code ruleId in ("A", "B")}, {@code condition == "CLO-03"}, {@code @blocks("SGN-01")}. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:ruleId|condition)\\s*(?:==\\s*(\"[^\"]*\")|in\\s*\\(([^)]*)\\))|@blocks\\s*\\(\\s*(\"[^\"]*\")");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final List<String> raw;
    private final List<String> code;
    private final List<RuleDecl> rules;

    private DrlText(String text) {
        this.raw = text.lines().toList();
        this.code = mask(text).lines().toList();
        this.rules = declarations();
    }

    /** A rule as declared: its name, the line of {@code rule}, of {@code then} and of {@code end} (0 when absent). */
    record RuleDecl(String name, int line, int thenLine, int endLine) {
    }

    /**
     * A rule id named on a line: read by a pattern ({@code Finding(ruleId == "WQ-02")}, {@code Unmet(condition in (…))}),
     * or the rule a missing-data rule stands in for ({@code @blocks("SGN-01")}, {@code blocks} true).
     */
    record IdReference(String id, boolean blocks) {
    }

    /** An {@code import} line and the name it imports. */
    record Import(int line, String name) {
    }

    /** The text of a rule file. */
    static DrlText of(RuleFiles.RuleFile file) {
        return new DrlText(file.text());
    }

    static DrlText of(String text) {
        return new DrlText(text);
    }

    /** Lines in the file. */
    int lineCount() {
        return code.size();
    }

    /** Line {@code n} (1-based) as code, with comments and string contents blanked. */
    String code(int n) {
        return code.get(n - 1);
    }

    /** Line {@code n} (1-based) as written. */
    String raw(int n) {
        return raw.get(n - 1);
    }

    /** The rule ids line {@code n} names, in line order (comments and message texts never count). */
    List<IdReference> idReferences(int n) {
        List<IdReference> references = new ArrayList<>();
        Matcher m = REFERENCE.matcher(code(n));
        while (m.find()) {
            // string contents are blanked in the code: read them from the raw line at the same place
            String written = raw(n).substring(m.start(), m.end());
            boolean blocks = written.startsWith("@blocks");
            Matcher q = QUOTED.matcher(written);
            while (q.find()) {
                references.add(new IdReference(q.group(1).strip(), blocks));
            }
        }
        return references;
    }

    /** Every {@code import}, with its line. */
    List<Import> imports() {
        List<Import> imports = new ArrayList<>();
        for (int n = 1; n <= code.size(); n++) {
            Matcher m = IMPORT.matcher(code(n));
            if (m.find()) {
                imports.add(new Import(n, m.group(1)));
            }
        }
        return imports;
    }

    /** Whether line {@code n} is an {@code import} or the {@code package} line. */
    boolean isHeader(int n) {
        String line = code(n).strip();
        return line.startsWith("import ") || line.startsWith("package ");
    }

    /** Every rule declaration, in file order. */
    List<RuleDecl> rules() {
        return rules;
    }

    private List<RuleDecl> declarations() {
        List<RuleDecl> rules = new ArrayList<>();
        for (int n = 1; n <= code.size(); n++) {
            if (!RULE.matcher(code(n)).find()) {
                continue;
            }
            Matcher m = RULE_NAME.matcher(raw(n));
            if (!m.find()) {
                continue;
            }
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int then = next(THEN, n + 1);
            int end = next(END, then == 0 ? n + 1 : then + 1);
            rules.add(new RuleDecl(name, n, then, end));
        }
        return List.copyOf(rules);
    }

    /** The rule named {@code name}, if declared here. */
    Optional<RuleDecl> rule(String name) {
        return rules().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The rule whose text (from {@code rule} to {@code end}) holds line {@code n}, if any. */
    Optional<RuleDecl> ruleAt(int n) {
        return rules().stream().filter(r -> r.line() <= n && (r.endLine() == 0 || n <= r.endLine())).findFirst();
    }

    /** The first line in [{@code from}, {@code to}] whose code matches {@code pattern}. */
    OptionalInt find(Pattern pattern, int from, int to) {
        for (int n = Math.max(1, from); n <= Math.min(to, code.size()); n++) {
            if (pattern.matcher(code(n)).find()) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    private int next(Pattern pattern, int from) {
        return find(pattern, from, code.size()).orElse(0);
    }

    /** The text with comments blanked and string contents blanked; line breaks and offsets kept. */
    static String mask(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = blankUntil(text, i, out, "\n", false);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                i = blankUntil(text, i, out, "*/", true);
            } else if (c == '"' || c == '\'') {
                i = blankString(text, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Blanks from {@code start} to {@code stop} (included when {@code inclusive}); returns where to go on. */
    private static int blankUntil(String text, int start, StringBuilder out, String stop, boolean inclusive) {
        int end = text.indexOf(stop, start + 2);
        int until = end < 0 ? text.length() : inclusive ? end + stop.length() : end;
        for (int i = start; i < until; i++) {
            out.append(blank(text.charAt(i)));
        }
        return until;
    }

    /** Keeps the quotes of the string literal at {@code start} and blanks what is between them. */
    private static int blankString(String text, int start, StringBuilder out) {
        char quote = text.charAt(start);
        out.append(quote);
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                out.append("  ");
                i += 2;
            } else {
                out.append(' ');
                i++;
            }
        }
        if (i < text.length() && text.charAt(i) == quote) {
            out.append(quote);
            i++;
        }
        return i;
    }

    private static char blank(char c) {
        return c == '\n' || c == '\r' ? c : ' ';
    }
}
