package io.github.shuiyuan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.shuiyuan.core.json.CaseFileJson;
import org.junit.jupiter.api.Test;

/** The core is the domain and the case-file JSON: it depends on nothing but the JDK and Jackson. */
class ArchitectureTest {

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.shuiyuan.core");

    static final ArchRule ONLY_JDK_AND_JACKSON = classes().that().resideInAPackage("io.github.shuiyuan.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "io.github.shuiyuan.core..")
            .because("every integrator embeds core; it must not drag a framework in");

    @Test
    void core_depends_only_on_the_jdk_and_jackson() {
        assertThat(CORE.contain(CaseFileJson.class)).isTrue();
        assertThat(CORE.contain(ArchitectureTest.class)).as("tests left out").isFalse();
        ONLY_JDK_AND_JACKSON.check(CORE);
    }

    @Test
    void the_rule_catches_a_dependency_on_anything_else() {
        assertThat(ONLY_JDK_AND_JACKSON.evaluate(new ClassFileImporter().importClasses(UsesJUnit.class)).hasViolation()).isTrue();
    }

    static final class UsesJUnit {
        Class<?> framework() {
            return Test.class;
        }
    }
}
