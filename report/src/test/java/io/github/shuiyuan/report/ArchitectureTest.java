package io.github.shuiyuan.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.shuiyuan.report.internal.FormWriter;
import io.github.shuiyuan.testing.ApiSurface;
import io.github.shuiyuan.testing.TestNames;
import org.junit.jupiter.api.Test;

/**
 * The report module's shape: POI stays out of its public signatures, and it reads the assessment's public view
 * (problems, findings) rather than the engine's facts or internals.
 */
class ArchitectureTest {

    static final JavaClasses REPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.shuiyuan.report");

    static final ArchRule READS_ONLY_THE_PUBLIC_VIEW = noClasses().that().resideInAPackage("io.github.shuiyuan.report..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.shuiyuan.rules.fact..", "io.github.shuiyuan.rules.internal..")
            .because("the report reads Assessment.problems() and the findings; it never rebuilds what the rules decided");

    @Test
    void the_import_sees_the_report_module() {
        assertThat(REPORT.contain(FormWriter.class)).isTrue();
        assertThat(REPORT.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void no_poi_type_appears_in_a_public_signature() {
        ApiSurface.NO_THIRD_PARTY_TYPES_IN_SIGNATURES.check(REPORT);
    }

    @Test
    void the_report_does_not_reach_into_the_rule_facts_or_the_engine() {
        READS_ONLY_THE_PUBLIC_VIEW.check(REPORT);
        assertThat(READS_ONLY_THE_PUBLIC_VIEW.evaluate(new ClassFileImporter().importClasses(UsesAFact.class))
                .hasViolation()).isTrue();
    }

    @Test
    void every_public_package_is_null_marked() {
        ApiSurface.PUBLIC_PACKAGES_ARE_NULL_MARKED.check(REPORT);
    }

    @Test
    void tests_are_named_in_snake_case() {
        TestNames.SNAKE_CASE.check(TestNames.ofThisModule());
    }

    /** Sits in the report package and uses a rule fact. */
    static final class UsesAFact {
        Class<?> fact() {
            return io.github.shuiyuan.rules.fact.ProblemState.class;
        }
    }
}
