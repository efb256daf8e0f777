package io.github.shuiyuan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What may be null in the case file is marked: every record reachable from {@link CaseFile} marks each component
 * that may be absent {@code @Nullable} and never a {@link Required} one (lists and maps are empty, not null), and
 * every builder setter takes null for absent.
 */
class NullnessTest {

    @Test
    void every_case_file_record_marks_exactly_its_optional_components_nullable() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> record : caseFileRecords()) {
            for (RecordComponent component : record.getRecordComponents()) {
                boolean required = component.isAnnotationPresent(Required.class);
                boolean container = List.class.isAssignableFrom(component.getType()) || Map.class.isAssignableFrom(component.getType());
                boolean mayBeAbsent = !required && !container && !component.getType().isPrimitive();
                if (nullable(component.getAnnotatedType()) != mayBeAbsent) {
                    wrong.add(record.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_builder_setter_takes_null_for_absent() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> record : caseFileRecords()) {
            for (Class<?> nested : record.getDeclaredClasses()) {
                if (!nested.getSimpleName().equals("Builder")) {
                    continue;
                }
                for (Method setter : nested.getDeclaredMethods()) {
                    if (Modifier.isPublic(setter.getModifiers()) && setter.getParameterCount() == 1
                            && !nullable(setter.getAnnotatedParameterTypes()[0])) {
                        wrong.add(record.getSimpleName() + ".Builder." + setter.getName());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_check_sees_the_records_of_every_list_of_the_case_file() {
        assertThat(caseFileRecords()).extracting(Class::getSimpleName)
                .contains("CaseFile", "Jurisdiction", "Zone", "EmergencyPlan", "Milestone", "InspectionResult", "Filing", "Disclosure");
    }

    private static boolean nullable(AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }

    /** CaseFile and every record its components hold, directly or in lists. */
    private static Set<Class<?>> caseFileRecords() {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(CaseFile.class, found);
        return found;
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!type.isRecord() || !found.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(component.getType(), found);
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    collect(raw(argument.getType()), found);
                }
            }
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }
}
