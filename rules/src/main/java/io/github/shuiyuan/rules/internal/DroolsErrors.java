package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.rules.RuleProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.RuleBuildError;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

/**
 * Turns Drools' compile errors into {@code file:line: message} problems a rule author can act on. Drools
 * reports an error in a rule's consequence (its {@code then} part) at the rule's first line; this class
 * looks for the name the Java compiler complains about in that consequence and reports its real line.
 */
final class DroolsErrors {

    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final String DUPLICATE_RULE = "Duplicate rule name";
    private static final List<Pattern> NAMED_IN_MESSAGE = List.of(
            Pattern.compile("^The (?:method|constructor) ([\\w$]+)\\("),
            Pattern.compile("^([\\w$]+) cannot be resolved"),
            Pattern.compile("^Syntax error on token \"([^\"]+)\""),
            Pattern.compile("^The field [\\w$.]*?([\\w$]+) is not visible"));

    private final RuleLint lint;

    DroolsErrors(RuleLint lint) {
        this.lint = lint;
    }

    /**
     * The problems of {@code errors}, leaving out duplicate-rule-name errors for names the lint already
     * reported and the parser's follow-up "null Package" error of a file that has a real one.
     */
    List<RuleProblem> convert(Collection<KnowledgeBuilderError> errors, Set<String> duplicateNamesReported) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : errors) {
            String message = error.getMessage() == null ? "" : error.getMessage().strip();
            if (message.startsWith(DUPLICATE_RULE)
                    && duplicateNamesReported.contains(message.substring(message.indexOf(':') + 1).strip())) {
                continue;
            }
            String file = error.getResource() == null ? "?" : error.getResource().getSourcePath();
            if (error instanceof RuleBuildError rule && rule.getObject() instanceof CompilationProblem[] compiler) {
                consequence(file, rule.getRule().getName(), line(error), compiler, problems);
            } else {
                problems.add(new RuleProblem(file, line(error), "编译错误：" + oneLine(message) + " [COMPILE]"));
            }
        }
        problems.removeIf(p -> p.message().contains(NULL_PACKAGE)
                && problems.stream().anyMatch(o -> o != p && o.file().equals(p.file())));
        return new CompileHints(lint).apply(problems);
    }

    /** One problem per Java compiler complaint about a rule's consequence, at the line of the name it names. */
    private void consequence(String file, String ruleName, int ruleLine, CompilationProblem[] compiler,
                             List<RuleProblem> problems) {
        for (CompilationProblem problem : compiler) {
            if (!problem.isError()) {
                continue;
            }
            String message = problem.getMessage().strip();
            int line = locate(file, ruleName, message).orElse(ruleLine);
            problems.add(new RuleProblem(file, line, "规则“" + ruleName + "”的结论部分（then）编译失败："
                    + oneLine(message) + " [COMPILE]"));
        }
    }

    /** The line of the rule's consequence that holds the name a compiler message complains about, if found. */
    private Optional<Integer> locate(String file, String ruleName, String message) {
        DrlText text = lint.text(file);
        Optional<DrlText.RuleDecl> rule = text == null ? Optional.empty() : text.rule(ruleName);
        if (rule.isEmpty() || rule.get().thenLine() == 0) {
            return Optional.empty();
        }
        for (Pattern named : NAMED_IN_MESSAGE) {
            Matcher m = named.matcher(message);
            if (m.find()) {
                Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(m.group(1)) + "(?![\\w$])");
                int end = rule.get().endLine() == 0 ? text.lineCount() : rule.get().endLine();
                var found = text.find(word, rule.get().thenLine(), end);
                return found.isPresent() ? Optional.of(found.getAsInt()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int line(KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        return lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
    }

    /** A multi-line Drools message on one line, without the caret and "near" lines meant for a console. */
    private static String oneLine(String message) {
        return message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("^") && !l.startsWith("[Near") && !l.startsWith("[Line:"))
                .reduce((a, b) -> a + " " + b).orElse(message);
    }
}
