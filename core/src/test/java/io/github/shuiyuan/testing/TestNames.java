package io.github.shuiyuan.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The one test-name convention: a test method's name is the sentence it proves, in snake case
 * ({@code a_missing_jurisdiction_does_not_hide_a_dangling_reference}); a word may be a term in capitals
 * ({@code class_III}, {@code after_D}). Each module's architecture test checks its own tests with it;
 * the counter-examples nested in an {@code ArchitectureTest}, which show the rules catching something, are left out.
 */
public final class TestNames {

    /** Test methods are named in snake case: words in lower case, or terms in capitals. */
    public static final ArchRule SNAKE_CASE = methods()
            .that(annotatedAsTest())
            .should().haveNameMatching("[a-z][a-z0-9]*(_([a-z0-9]+|[A-Z0-9]+))*")
            .because("one convention: the name is the sentence the test proves");

    private TestNames() {
    }

    /** What marks a test method: JUnit's test, parameterized, repeated and factory tests, jqwik's properties and examples. */
    private static final List<String> TEST_ANNOTATIONS = List.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate", "net.jqwik.api.Property",
            "net.jqwik.api.Example");

    private static DescribedPredicate<JavaMethod> annotatedAsTest() {
        return DescribedPredicate.describe("are annotated as tests",
                method -> TEST_ANNOTATIONS.stream().anyMatch(method::isAnnotatedWith));
    }

    /** The test classes of the module whose tests are running, under {@code io.github.shuiyuan}. */
    public static JavaClasses ofThisModule() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .withImportOption(location -> !location.isJar() && !location.contains("ArchitectureTest$"))
                .importPackages("io.github.shuiyuan");
    }
}
