package io.github.shuiyuan.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as the build compiled them: Drools' executable model, Java classes generated from the DRL
 * by the rules module's build step ({@code src/build/java/…/GenerateRules.java}) and checked there as
 * {@code rules check} checks them. Loading them makes a KieBase without compiling anything. The classes live
 * in {@value #PACKAGE}, out of the public packages; an index beside them names the model classes and the
 * fingerprint of the files they were made from, and they are used only for exactly those files.
 */
public final class PrebuiltRules {

    /** The package of the generated classes (the DRL's own package is the public API). */
    public static final String PACKAGE = "io.github.shuiyuan.rules.internal.model";
    /** Where the generated classes live, as a class-path folder. */
    public static final String FOLDER = PACKAGE.replace('.', '/') + "/";
    /** The index: {@code sha256} of the rule files, {@code models} the model classes, comma-separated. */
    public static final String INDEX = FOLDER + "prebuilt.properties";

    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltRules.class);
    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^package\\s+io\\.github\\.shuiyuan\\.rules\\s*;");

    private PrebuiltRules() {
    }

    /** The text of a bundled DRL file with its package moved to {@link #PACKAGE}; its imports name every type it uses. */
    public static String relocate(RuleFiles.RuleFile file) {
        Matcher m = DRL_PACKAGE.matcher(file.text());
        if (!m.find()) {
            throw new IllegalStateException(file.origin() + ": a bundled rule file must declare package io.github.shuiyuan.rules");
        }
        return m.replaceFirst("package " + PACKAGE + ";");
    }

    /**
     * The index's text for the rule files {@code files} compiled to the model classes {@code models}: their
     * fingerprint, the model classes, and where each rule is declared ({@code rule.N=file:line:name}), so that
     * loading them needs no DRL read back.
     */
    public static String index(RuleFiles files, List<String> models) {
        StringBuilder index = new StringBuilder()
                .append("# written by the build (GenerateRules): the bundled rules compiled to Drools' executable model\n")
                .append("sha256=").append(files.sha256()).append('\n')
                .append("models=").append(String.join(",", models)).append('\n');
        int n = 0;
        for (RuleFiles.RuleFile file : files.drl()) {
            for (DrlText.RuleDecl rule : DrlText.of(file).rules()) {
                index.append("rule.").append(++n).append('=').append(file.name()).append(':').append(rule.line())
                        .append(':').append(rule.name()).append('\n');
            }
        }
        return index.toString();
    }

    /**
     * The bundled rules as the build compiled them: the KieBase, and where each rule is declared (file and line,
     * by rule name), as the build read them from the DRL.
     */
    record Loaded(InternalKnowledgeBase kieBase, Map<String, CompiledRules.Declaration> declarations) {
    }

    /**
     * A KieBase of the prebuilt rules, when the build made them from exactly {@code files}; null when it did not
     * (a build that skipped the step, or rule files changed since), and the caller compiles the DRL instead.
     */
    static Loaded load(RuleFiles files) {
        Properties index = readIndex();
        if (index == null) {
            LOG.debug("no prebuilt rules on the class path; compiling the DRL");
            return null;
        }
        if (!files.sha256().equals(index.getProperty("sha256"))) {
            LOG.warn("the prebuilt rules were made from other rule files than the bundled ones; compiling the DRL");
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String name : index.getProperty("models", "").split(",")) {
            models.add(model(name.strip()));
        }
        return new Loaded(KieBaseBuilder.createKieBaseFromModel(models), declarations(index));
    }

    private static Map<String, CompiledRules.Declaration> declarations(Properties index) {
        Map<String, CompiledRules.Declaration> declarations = new HashMap<>();
        for (int n = 1; index.getProperty("rule." + n) != null; n++) {
            String[] at = index.getProperty("rule." + n).split(":", 3);
            declarations.put(at[2], new CompiledRules.Declaration(at[0], Integer.parseInt(at[1])));
        }
        return declarations;
    }

    private static Properties readIndex() {
        try (InputStream in = PrebuiltRules.class.getResourceAsStream("/" + INDEX)) {
            if (in == null) {
                return null;
            }
            Properties index = new Properties();
            index.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model model(String className) {
        try {
            return (Model) Class.forName(className, true, PrebuiltRules.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("prebuilt rule model " + className + " cannot be loaded", e);
        }
    }
}
