package io.github.shuiyuan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.shuiyuan.examples.cli.Main;
import io.github.shuiyuan.testing.ApiSurface;
import io.github.shuiyuan.testing.TestNames;
import org.junit.jupiter.api.Test;

/** The examples' shape: only the command line reaches the library's internal packages; tests share one naming. */
class ArchitectureTest {

    static final JavaClasses EXAMPLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.shuiyuan.examples");

    @Test
    void only_the_library_and_its_command_line_use_the_internal_packages() {
        assertThat(EXAMPLES.contain(Main.class)).isTrue();
        ApiSurface.INTERNALS_STAY_INSIDE.check(EXAMPLES);
    }

    @Test
    void the_internal_rule_catches_an_application_using_an_internal_package() {
        assertThat(ApiSurface.INTERNALS_STAY_INSIDE.evaluate(new ClassFileImporter().importClasses(UsesInternals.class))
                .hasViolation()).isTrue();
    }

    @Test
    void tests_are_named_in_snake_case() {
        TestNames.SNAKE_CASE.check(TestNames.ofThisModule());
    }

    /** Sits outside the library and reaches into its plumbing. */
    static final class UsesInternals {
        Object mapper() {
            return io.github.shuiyuan.core.internal.JsonMappers.newMapper();
        }
    }
}
