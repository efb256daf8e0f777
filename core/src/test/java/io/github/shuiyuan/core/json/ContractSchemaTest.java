package io.github.shuiyuan.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import io.github.shuiyuan.core.validation.ValidationError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published contract and the reader agree: the bundled sample passes both the JSON Schema that systems in
 * other languages use (docs/case-file.schema.json) and the strict reader; a broken copy fails both.
 */
class ContractSchemaTest {

    static final Path SAMPLE = Path.of("../examples/data/chongchuan-2018.json");
    static final Path SCHEMA = Path.of("../docs/case-file.schema.json");

    static Schema schema() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    @Test
    void the_sample_validates_against_the_schema_and_the_strict_reader() throws Exception {
        assertThat(schema().validate(Files.readString(SAMPLE), InputFormat.JSON)).isEmpty();
        CaseFile file = CaseFileJson.strict().read(SAMPLE);
        assertThat(file.problems()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(file.waterSources()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_sample_with_an_unknown_field_and_an_impossible_date_fails_both() throws Exception {
        String broken = Files.readString(SAMPLE)
                .replaceFirst("\"identifiedOn\": \"[0-9-]+\"", "\"identifiedOn\": \"2018-02-30\", \"identifedBy\": \"SURVEY\"");
        List<com.networknt.schema.Error> errors = schema().validate(broken, InputFormat.JSON);
        assertThat(errors).isNotEmpty();
        assertThatThrownBy(() -> CaseFileJson.strict().readString(broken))
                .isInstanceOfSatisfying(InvalidCaseFileException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::code)
                        .contains(ErrorCode.INVALID_DATE, ErrorCode.UNKNOWN_FIELD));
    }

    @Test
    void the_written_sample_reads_back_equal() throws Exception {
        CaseFile file = CaseFileJson.strict().read(SAMPLE);
        String written = CaseFileJson.strict().writeString(file);
        assertThat(CaseFileJson.strict().readString(written)).isEqualTo(file);
        assertThat(schema().validate(written, InputFormat.JSON)).isEmpty();
    }
}
