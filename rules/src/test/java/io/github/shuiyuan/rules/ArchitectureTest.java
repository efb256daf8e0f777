package io.github.shuiyuan.rules;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.rules.fact.UsesInternals;
import io.github.shuiyuan.rules.internal.Assessor;
import io.github.shuiyuan.rules.internal.RuleFiles;
import io.github.shuiyuan.testing.ApiSurface;
import io.github.shuiyuan.testing.TestNames;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The library's shape: the engine's internals stay behind the facade, the library never reads the clock
 * (the caller gives the as-of date), and it logs only through SLF4J. Checks the main classes of core and
 * rules; each rule is also shown to catch a counter-example.
 */
class ArchitectureTest {

    static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // core's main classes, from its jar or its classes folder; not core's test-jar
            .withImportOption(location -> !location.isJar() || location.contains("shuiyuan-core") && !location.contains("-tests.jar"))
            .importPackages("io.github.shuiyuan.core", "io.github.shuiyuan.rules");

    /** The java.time types whose static {@code now(…)} reads the system clock. */
    static final Set<String> CLOCK_READERS = Set.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.Instant", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
            "java.time.YearMonth", "java.time.Year", "java.time.MonthDay");

    static final ArchRule ONLY_THE_FACADE_USES_THE_INTERNALS = noClasses()
            .that().resideOutsideOfPackages("io.github.shuiyuan.rules.internal..", "io.github.shuiyuan.rules")
            .should().dependOnClassesThat().resideInAPackage("io.github.shuiyuan.rules.internal..")
            .because("integrators and rule authors see the facade and the facts, never the engine plumbing");

    static final ArchRule NEVER_READS_THE_CLOCK = noClasses().that().resideInAPackage("io.github.shuiyuan..")
            .should().callMethodWhere(describe("a method that reads the system clock", ArchitectureTest::readsClock))
            .orShould().callConstructor(Date.class)
            .because("the caller gives the as-of date: the same case file and date always give the same result");

    static final ArchRule LOGS_ONLY_THROUGH_SLF4J = noClasses().that().resideInAPackage("io.github.shuiyuan..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethodWhere(describe("printStackTrace (it prints to System.err)",
                    call -> call.getName().equals("printStackTrace")))
            .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.logging..",
                    "org.apache.log4j..", "org.apache.commons.logging..", "ch.qos.logback..")
            .because("embedding applications route the library's log through SLF4J");

    private static boolean readsClock(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (CLOCK_READERS.contains(owner) && name.equals("now"))
                || (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"))
                || (owner.equals(Clock.class.getName()) && name.startsWith("system"))
                || (owner.equals(Calendar.class.getName()) && name.equals("getInstance"));
    }

    @Test
    void the_import_sees_core_and_rules() {
        assertThat(LIBRARY.contain(Assessor.class)).isTrue();
        assertThat(LIBRARY.contain(CaseFileJson.class)).as("core classes imported").isTrue();
        assertThat(LIBRARY.contain(ArchitectureTest.class)).as("tests left out").isFalse();
    }

    @Test
    void only_the_facade_uses_the_internals() {
        ONLY_THE_FACADE_USES_THE_INTERNALS.check(LIBRARY);
    }

    @Test
    void no_third_party_type_appears_in_a_public_signature() {
        ApiSurface.NO_THIRD_PARTY_TYPES_IN_SIGNATURES.check(LIBRARY);
    }

    @Test
    void every_public_package_is_null_marked() {
        ApiSurface.PUBLIC_PACKAGES_ARE_NULL_MARKED.check(LIBRARY);
    }

    @Test
    void tests_are_named_in_snake_case() {
        TestNames.SNAKE_CASE.check(TestNames.ofThisModule());
    }

    @Test
    void the_library_never_reads_the_clock() {
        NEVER_READS_THE_CLOCK.check(LIBRARY);
    }

    @Test
    void the_library_logs_only_through_slf4j() {
        LOGS_ONLY_THROUGH_SLF4J.check(LIBRARY);
    }

    @Test
    void the_bundled_rules_neither_read_the_clock_nor_print() {
        List<String> forbidden = List.of(".now(", "currentTimeMillis", "System.out", "System.err", "new Date(", "new java.util.Date(");
        RuleFiles.bundled().files().values().stream().filter(RuleFiles.RuleFile::isDrl).forEach(file ->
                assertThat(file.text()).as(file.origin()).doesNotContain(forbidden));
    }

    /**
     * A record with a component {@code x} and a method {@code isX()} or {@code getX()} gives rules two readings of
     * the property {@code x}; which one a constraint gets depended on the order Drools compiled the rules in (a
     * sample's {@code fullAnalysis} once read as {@code isFullAnalysis()}, so absent became false).
     */
    @Test
    void no_record_gives_rules_two_readings_of_a_property() {
        List<String> ambiguous = LIBRARY.stream().map(c -> c.reflect()).filter(Class::isRecord)
                .flatMap(type -> ambiguousProperties(type).stream()).toList();
        assertThat(ambiguous).isEmpty();
        assertThat(ambiguousProperties(TwoReadings.class)).containsExactly("TwoReadings.done: isDone()");
    }

    private static List<String> ambiguousProperties(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).flatMap(component -> {
            String name = component.getName();
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            return Arrays.stream(record.getMethods())
                    .filter(m -> m.getParameterCount() == 0
                            && (m.getName().equals("is" + capitalised) || m.getName().equals("get" + capitalised)))
                    .map(m -> record.getSimpleName() + "." + name + ": " + m.getName() + "()");
        }).toList();
    }

    record TwoReadings(Boolean done) {
        public boolean isDone() {
            return Boolean.TRUE.equals(done);
        }
    }

    // Each rule catches what it is meant to catch.

    @Test
    void the_rules_catch_their_counter_examples() {
        assertThat(ONLY_THE_FACADE_USES_THE_INTERNALS.evaluate(counterExample(UsesInternals.class)).hasViolation()).isTrue();
        for (Class<?> reader : List.of(ReadsLocalDate.class, ReadsInstant.class, ReadsMillis.class, ReadsClock.class, MakesDate.class)) {
            assertThat(NEVER_READS_THE_CLOCK.evaluate(counterExample(reader)).hasViolation()).as(reader.getSimpleName()).isTrue();
        }
        for (Class<?> printer : List.of(PrintsToOut.class, PrintsStackTrace.class, UsesJdkLogging.class)) {
            assertThat(LOGS_ONLY_THROUGH_SLF4J.evaluate(counterExample(printer)).hasViolation()).as(printer.getSimpleName()).isTrue();
        }
    }

    @Test
    void taking_a_date_as_a_parameter_is_fine() {
        assertThat(NEVER_READS_THE_CLOCK.evaluate(counterExample(TakesTheDate.class)).hasViolation()).isFalse();
    }

    private static JavaClasses counterExample(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }

    static final class ReadsLocalDate {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static final class ReadsInstant {
        Instant now() {
            return Instant.now();
        }
    }

    static final class ReadsMillis {
        long millis() {
            return System.currentTimeMillis();
        }
    }

    static final class ReadsClock {
        Clock clock() {
            return Clock.systemDefaultZone();
        }
    }

    static final class MakesDate {
        Date date() {
            return new Date();
        }
    }

    static final class TakesTheDate {
        LocalDate dayAfter(LocalDate asOf) {
            return asOf.plusDays(1);
        }
    }

    static final class PrintsToOut {
        void print() {
            System.out.println("assessed");
        }
    }

    static final class PrintsStackTrace {
        void report(Exception e) {
            e.printStackTrace();
        }
    }

    static final class UsesJdkLogging {
        void log() {
            java.util.logging.Logger.getLogger("shuiyuan").info("assessed");
        }
    }
}
