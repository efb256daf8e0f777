package io.github.shuiyuan.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * The rules that keep the public API closed, shared by every module's architecture test: third-party types
 * (Jackson, POI, Drools) stay out of public signatures, and the {@code internal} packages — public only so that the
 * library's modules can reach each other's plumbing — are used by nothing else.
 */
public final class ApiSurface {

    /** Where the library's plumbing lives and may be used: the library modules themselves and the command line. */
    public static final String[] LIBRARY = {"io.github.shuiyuan.core..", "io.github.shuiyuan.rules..",
            "io.github.shuiyuan.report..", "io.github.shuiyuan.examples.cli..", "io.github.shuiyuan.examples.generate..",
            "io.github.shuiyuan.benchmarks.."};

    private ApiSurface() {
    }

    /**
     * No public method, constructor or field of a public type names a third-party type, outside {@code ..internal..}
     * and the rule authors' {@code rules.fact} (helpers called from DRL, which speak Drools by nature).
     */
    public static final ArchRule NO_THIRD_PARTY_TYPES_IN_SIGNATURES = CompositeArchRule.of(
                    codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                            .and().areDeclaredInClassesThat().resideOutsideOfPackages("..internal..", "..rules.fact..")
                            .should(exposeNoThirdPartyType()).allowEmptyShould(true))
            .and(fields().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                    .and().areDeclaredInClassesThat().resideOutsideOfPackages("..internal..", "..rules.fact..")
                    .should(haveNoThirdPartyType()).allowEmptyShould(true))
            .because("an integrator's own Jackson or POI must never be tied to the versions the library uses");

    /** Nothing but the library's own modules and its command line uses an {@code internal} package. */
    public static final ArchRule INTERNALS_STAY_INSIDE = noClasses().that().resideOutsideOfPackages(LIBRARY)
            .should().dependOnClassesThat().resideInAPackage("io.github.shuiyuan..internal..")
            .because("the internal packages are plumbing: public only for the library's modules, never API");

    /**
     * Every public type outside {@code ..internal..} lives in a {@code @NullMarked} package: nothing in the API is
     * null unless marked {@code @Nullable}.
     */
    public static final ArchRule PUBLIC_PACKAGES_ARE_NULL_MARKED = classes().that().arePublic()
            .and().resideOutsideOfPackages("..internal..")
            .should(beInANullMarkedPackage())
            .because("an integrator reads what may be null from the signature, not from prose");

    private static ArchCondition<JavaClass> beInANullMarkedPackage() {
        return new ArchCondition<>("be in a @NullMarked package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                    events.add(SimpleConditionEvent.violated(type, type.getPackageName() + " (of " + type.getSimpleName()
                            + ") is not @NullMarked"));
                }
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> exposeNoThirdPartyType() {
        return new ArchCondition<>("expose no third-party type") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaClass> exposed = new ArrayList<>(unit.getRawParameterTypes());
                exposed.add(unit.getRawReturnType());
                exposed.addAll(unit.getExceptionTypes());
                unit.getParameterTypes().forEach(t -> exposed.addAll(t.getAllInvolvedRawTypes()));
                exposed.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                exposed.stream().filter(ApiSurface::isThirdParty).distinct().forEach(type -> events.add(
                        SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + type.getName())));
            }
        };
    }

    private static ArchCondition<JavaField> haveNoThirdPartyType() {
        return new ArchCondition<>("have no third-party type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                field.getType().getAllInvolvedRawTypes().stream().filter(ApiSurface::isThirdParty).forEach(type ->
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + type.getName())));
            }
        };
    }

    private static boolean isThirdParty(JavaClass type) {
        String name = type.getName();
        return name.startsWith("com.fasterxml.") || name.startsWith("org.apache.poi.") || name.startsWith("org.drools.")
                || name.startsWith("org.kie.");
    }
}
