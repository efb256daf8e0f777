package io.github.shuiyuan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.shuiyuan.core.internal.JsonMappers;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.testing.ApiSurface;
import io.github.shuiyuan.testing.CaseFiles;
import io.github.shuiyuan.testing.TestNames;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The core is the domain and the case-file JSON: it depends on nothing but the JDK, Jackson and the JSpecify
 * nullness annotations.
 */
class ArchitectureTest {

    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.shuiyuan.core");

    static final ArchRule ONLY_JDK_AND_JACKSON = classes().that().resideInAPackage("io.github.shuiyuan.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.jspecify.annotations..",
                    "io.github.shuiyuan.core..")
            .because("every integrator embeds core; it must not drag a framework in");

    @Test
    void core_depends_only_on_the_jdk_and_jackson() {
        assertThat(CORE.contain(CaseFileJson.class)).isTrue();
        assertThat(CORE.contain(ArchitectureTest.class)).as("tests left out").isFalse();
        ONLY_JDK_AND_JACKSON.check(CORE);
    }

    @Test
    void no_jackson_type_appears_in_a_public_signature() {
        ApiSurface.NO_THIRD_PARTY_TYPES_IN_SIGNATURES.check(CORE);
    }

    @Test
    void the_api_rule_catches_a_jackson_type_in_a_signature_but_not_in_an_internal_package() {
        assertThat(ApiSurface.NO_THIRD_PARTY_TYPES_IN_SIGNATURES.evaluate(
                new ClassFileImporter().importClasses(ExposesJackson.class)).hasViolation()).isTrue();
        assertThat(ApiSurface.NO_THIRD_PARTY_TYPES_IN_SIGNATURES.evaluate(
                new ClassFileImporter().importClasses(JsonMappers.class, CaseFileJson.class)).hasViolation()).isFalse();
    }

    @Test
    void every_public_package_is_null_marked() {
        ApiSurface.PUBLIC_PACKAGES_ARE_NULL_MARKED.check(CORE);
    }

    @Test
    void the_null_marked_rule_catches_a_public_type_of_an_unmarked_package() {
        assertThat(ApiSurface.PUBLIC_PACKAGES_ARE_NULL_MARKED.evaluate(
                new ClassFileImporter().importPackagesOf(CaseFiles.class)).hasViolation()).isTrue();
        assertThat(ApiSurface.PUBLIC_PACKAGES_ARE_NULL_MARKED.evaluate(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackagesOf(CaseFile.class)).hasViolation()).isFalse();
    }

    @Test
    void tests_are_named_in_snake_case() {
        TestNames.SNAKE_CASE.check(TestNames.ofThisModule());
    }

    @Test
    void the_name_rule_catches_a_camel_case_test() {
        assertThat(TestNames.SNAKE_CASE.evaluate(new ClassFileImporter().importClasses(CamelCase.class)).hasViolation()).isTrue();
        assertThat(TestNames.SNAKE_CASE.evaluate(new ClassFileImporter().importClasses(SnakeCase.class)).hasViolation()).isFalse();
        assertThat(TestNames.SNAKE_CASE.evaluate(new ClassFileImporter().importClasses(CamelCaseProperty.class)).hasViolation())
                .as("a jqwik property is a test too").isTrue();
    }

    static final class CamelCaseProperty {
        @Property
        void readsWhatItWrites() {
        }
    }

    static final class CamelCase {
        @Test
        void notOurConvention() {
        }
    }

    static final class SnakeCase {
        @Test
        void status_as_of_D_is_class_III() {
        }
    }

    @Test
    void the_rule_catches_a_dependency_on_anything_else() {
        assertThat(ONLY_JDK_AND_JACKSON.evaluate(new ClassFileImporter().importClasses(UsesJUnit.class)).hasViolation()).isTrue();
    }

    /** Public, outside an internal package, and returns a Jackson type. */
    public static final class ExposesJackson {
        public ObjectMapper mapper() {
            return JsonMappers.newMapper();
        }
    }

    static final class UsesJUnit {
        Class<?> framework() {
            return Test.class;
        }
    }
}
