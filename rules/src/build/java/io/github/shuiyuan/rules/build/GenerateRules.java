package io.github.shuiyuan.rules.build;

import io.github.shuiyuan.rules.RuleCheck;
import io.github.shuiyuan.rules.RuleProblem;
import io.github.shuiyuan.rules.internal.PrebuiltRules;
import io.github.shuiyuan.rules.internal.RuleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * The rules module's build step (process-classes, run by exec-maven-plugin with the test classpath, where the
 * code generator drools-model-codegen lives): checks the bundled rule set as {@code rules check} does, compiles
 * its DRL into Drools' executable model and writes the generated classes under
 * {@code io/github/shuiyuan/rules/internal/model/}, with the index {@link PrebuiltRules} loads them by.
 *
 * <p>Usage: {@code java -cp <test classpath> GenerateRules.java <classes directory>}. Exits 1, printing every
 * problem as {@code file:line: message [CODE]}, when the rules are not fit to load.
 */
public final class GenerateRules {

    private static final String MODEL_LIST = "META-INF/kie/org.default/artifact/drools-model";

    private GenerateRules() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<RuleProblem> problems = RuleCheck.check();
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
        RuleFiles files = RuleFiles.bundled();
        InternalKieModule module = generate(files);
        Path target = classes.resolve(PrebuiltRules.FOLDER);
        clean(target);
        int written = 0;
        for (String name : module.getFileNames()) {
            if (name.startsWith(PrebuiltRules.FOLDER) && name.endsWith(".class")) {
                Path out = classes.resolve(name);
                Files.createDirectories(out.getParent());
                Files.write(out, module.getBytes(name));
                written++;
            }
        }
        List<String> models = new String(module.getBytes(MODEL_LIST), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> l.startsWith(PrebuiltRules.PACKAGE + ".")).sorted().toList();
        Files.writeString(classes.resolve(PrebuiltRules.INDEX), PrebuiltRules.index(files, models),
                StandardCharsets.UTF_8);
        System.out.println("executable model of " + files.drl().size() + " rule files: " + written + " classes, models "
                + models);
    }

    /** The bundled DRL as one knowledge module compiled to the executable model, in the generated classes' package. */
    private static InternalKieModule generate(RuleFiles files) {
        KieServices services = KieServices.get();
        // as CompiledRules configures the DRL compiler: facts are immutable, so no property reactivity (a system
        // property: a kmodule.xml would need Drools' XML support on the class path)
        System.setProperty("drools.propertySpecific", "ALLOWED");
        KieFileSystem fs = services.newKieFileSystem();
        for (RuleFiles.RuleFile file : files.drl()) {
            fs.write("src/main/resources/" + PrebuiltRules.FOLDER + file.name(), PrebuiltRules.relocate(file));
        }
        KieBuilder builder = services.newKieBuilder(fs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(e -> System.err.println(e.getPath() + ":" + e.getLine() + ": " + e.getText()));
            System.exit(1);
        }
        return (InternalKieModule) builder.getKieModule();
    }

    private static void clean(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
