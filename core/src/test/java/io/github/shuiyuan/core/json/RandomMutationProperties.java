package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mutations of the valid sample fed to the strict reader: whatever the bytes, it returns a case file or
 * throws {@link InvalidCaseFileException} whose every error has a JSON path, a code and a Chinese message —
 * never any other exception.
 */
class RandomMutationProperties {

    private static final byte[] SAMPLE = Fixture.valid().json().getBytes(StandardCharsets.UTF_8);
    private static final List<String> INSERTS = List.of("", " ", "\"", "{", "}", "[", "]", ",", ":", "-", "1e999", "null",
            "true", "\"\"", "\"   \"", "0", "-1", "1e39", "NaN", "\\u0000", "\u0000", "\uD800", "\u00e9", "99999999999999999999",
            "\"2018-02-30\"", "\"十二月\"", "{\"id\":\"\"}", "[]", "{}");

    /** One edit of the sample: at a place, delete some bytes and insert a fragment. */
    record Mutation(int at, int delete, String insert) {

        byte[] apply(byte[] original) {
            int start = Math.min(at, original.length);
            int end = Math.min(original.length, start + delete);
            byte[] inserted = insert.getBytes(StandardCharsets.UTF_8);
            byte[] result = new byte[start + inserted.length + original.length - end];
            System.arraycopy(original, 0, result, 0, start);
            System.arraycopy(inserted, 0, result, start, inserted.length);
            System.arraycopy(original, end, result, start + inserted.length, original.length - end);
            return result;
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.integers().between(0, SAMPLE.length),
                Arbitraries.integers().between(0, 8),
                Arbitraries.oneOf(Arbitraries.of(INSERTS), Arbitraries.strings().ofMaxLength(4))).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300, seed = "20181210")
    void the_strict_reader_returns_a_case_file_or_errors_with_paths(@ForAll("mutations") List<Mutation> mutations) {
        byte[] bytes = SAMPLE;
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        try {
            CaseFile file = CaseFileJson.strict().read(new java.io.ByteArrayInputStream(bytes));
            assertThat(file).isNotNull();
        } catch (InvalidCaseFileException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(RandomMutationProperties::hasAPath);
        } catch (java.io.IOException e) {
            throw new AssertionError("an in-memory stream cannot fail", e);
        }
    }

    private static void hasAPath(ValidationError error) {
        assertThat(error.path()).startsWith("$");
        assertThat(error.code()).isNotNull();
        assertThat(error.message()).isNotBlank();
    }
}
