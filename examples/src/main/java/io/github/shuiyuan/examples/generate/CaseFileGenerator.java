package io.github.shuiyuan.examples.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.internal.JsonMappers;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic but valid case file for a province of {@code sources} water sources: per source its
 * zones, ten problems (every category and status in turn), a plan, monthly patrols and two look-backs,
 * before and after photos with distinct hashes, monthly samples; per five sources a sub-district with its
 * people, monthly reports and summary; the campaign's disclosures. About 47 records a source, so 4,000
 * sources make about 190,000 records. A few percent of everything is out of order, so every rule family
 * finds something.
 *
 * <p>Deterministic: the same {@code sources} and {@code seed} give byte-identical output; nothing reads the
 * clock. The file is streamed record by record, so memory stays flat however many sources there are.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("big.json"))) {
 *     long records = new CaseFileGenerator(4000, 42).write(out);
 * }
 * }</pre>
 */
public final class CaseFileGenerator {

    /** A date to assess generated case files as of: after the campaign's rectification deadline and summary. */
    public static final LocalDate AS_OF = Province.AS_OF;

    private final Province province;

    /** A generator for {@code sources} sources (at least 1) drawing its choices from {@code seed}. */
    public CaseFileGenerator(int sources, long seed) {
        if (sources < 1) {
            throw new IllegalArgumentException("sources must be at least 1, was " + sources);
        }
        this.province = new Province(sources, seed);
    }

    /**
     * Writes the case file as UTF-8 JSON, one record a line, and returns how many records it holds (the
     * elements of its lists). Flushes {@code out} but leaves it open.
     */
    public long write(OutputStream out) throws IOException {
        ObjectMapper mapper = JsonMappers.newMapper()
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        try (JsonGenerator g = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new RecordPerLine());
            return writeCaseFile(g);
        }
    }

    private long writeCaseFile(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schemaVersion", CaseFile.SCHEMA_VERSION);
        g.writeObjectField("jurisdiction", province.jurisdiction());
        g.writeObjectField("campaign", province.campaign());
        long records = list(g, "units", Stream.concat(province.offices().stream(), subDistricts().map(SubDistrictRecords::unit)))
                + list(g, "people", subDistricts().flatMap(d -> d.people().stream()))
                + list(g, "waterSources", sources().map(SourceRecords::source))
                + list(g, "problems", sources().flatMap(s -> s.problems().stream()))
                + list(g, "plans", sources().map(SourceRecords::plan))
                + list(g, "inspections", sources().flatMap(s -> s.inspections().stream()))
                + list(g, "evidence", sources().flatMap(s -> s.evidence().stream()))
                + list(g, "monthlyReports", subDistricts().flatMap(d -> d.monthlyReports().stream()))
                + list(g, "summaryReports", subDistricts().map(SubDistrictRecords::summaryReport))
                + list(g, "disclosures", province.disclosures().stream())
                + list(g, "samples", sources().flatMap(s -> s.samples().stream()))
                + list(g, "accountability", subDistricts().flatMap(d -> d.accountability().stream()));
        g.writeEndObject();
        return records;
    }

    /** Each source's records, drawn again on every pass: one source at a time is in memory. */
    private Stream<SourceRecords> sources() {
        return IntStream.range(0, province.sources).mapToObj(i -> SourceRecords.of(province, i));
    }

    private Stream<SubDistrictRecords> subDistricts() {
        return IntStream.range(0, province.subDistricts()).mapToObj(i -> SubDistrictRecords.of(province, i));
    }

    private static long list(JsonGenerator g, String name, Stream<?> records) throws IOException {
        long count = 0;
        g.writeArrayFieldStart(name);
        for (Iterator<?> it = records.iterator(); it.hasNext(); count++) {
            g.writeObject(it.next());
        }
        g.writeEndArray();
        return count;
    }
}
