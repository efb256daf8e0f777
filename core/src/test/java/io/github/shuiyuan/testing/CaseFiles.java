package io.github.shuiyuan.testing;

import io.github.shuiyuan.core.Campaign;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Jurisdiction;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.UnitType;
import io.github.shuiyuan.core.json.CaseFileJson;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.EmergencyPlan;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.core.validation.InvalidCaseFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case files tests start from, built in code with the library's public builders, and the short typed values
 * they are written with. Every module's tests share these (core's test-jar): take {@link #healthy()} or
 * {@link #sampleDraft()}, add and change records through {@link CaseDraft}, and {@link CaseDraft#build()} a
 * validated case file. Tests of the JSON reader that need malformed input write that JSON themselves.
 */
public final class CaseFiles {

    /** The bundled Chongchuan 2018 sample, relative to any module of the build. */
    public static final Path SAMPLE = Path.of("..", "examples", "data", "chongchuan-2018.json");

    private static CaseFile sample;

    private CaseFiles() {
    }

    /**
     * A small healthy case, as a draft to add to: campaign CC-TEST (reports 2018-05 … 2018-11 due on the 22nd to
     * GOV-OFFICE, copied to DEPT-EPB and DEPT-HOUSING; rectification by 2018-11-30, summaries by 2018-12-07,
     * disclosure from 2018-05), the district office, the two bureaus, sub-districts SD-A (甲街道, PER-A 甲某) and SD-B
     * (乙街道, PER-B 乙某), and river source WS-A (甲水厂取水口水源地) of SD-A in use, with an emergency plan, surveyed
     * risk sources and approved, marked first- and second-level zones (the first fenced). No problems, no records.
     */
    public static CaseDraft healthy() {
        return CaseDraft.of(CaseFile.builder()
                .jurisdiction(new Jurisdiction("320602", "崇川区", "南通市"))
                .campaign(campaign())
                .units(List.of(new Unit("GOV-OFFICE", "区政府办公室", UnitType.GOVERNMENT_OFFICE, null),
                        new Unit("DEPT-EPB", "区环保局", UnitType.DEPARTMENT, null),
                        new Unit("DEPT-HOUSING", "区住建局", UnitType.DEPARTMENT, null),
                        new Unit("SD-A", "甲街道", UnitType.SUB_DISTRICT, null),
                        new Unit("SD-B", "乙街道", UnitType.SUB_DISTRICT, null)))
                .people(List.of(
                        Person.builder().id("PER-A").name("甲某").unitId("SD-A").role("分管领导").phone("0513-80000001").build(),
                        Person.builder().id("PER-B").name("乙某").unitId("SD-B").role("分管领导").phone("0513-80000002").build()))
                .waterSources(List.of(riverSource()))
                .build());
    }

    private static Campaign campaign() {
        return Campaign.builder().id("CC-TEST").title("测试专项行动").documentNo("测试〔2018〕1号").issuedOn(date("2018-05-01"))
                .firstReportPeriod(month("2018-05")).reportDueDay(22).rectificationDeadline(date("2018-11-30"))
                .summaryDueOn(date("2018-12-07")).lastReportPeriod(month("2018-11")).disclosureFromPeriod(month("2018-05"))
                .reportRecipientUnitId("GOV-OFFICE").copyToUnitIds(List.of("DEPT-EPB", "DEPT-HOUSING"))
                .build();
    }

    private static WaterSource riverSource() {
        Zone first = Zone.builder().level(ZoneLevel.FIRST).approvalDocument("苏政复〔2009〕2号").approvedOn(date("2009-01-15"))
                .waterAreaKm2(new BigDecimal("0.35")).landAreaKm2(new BigDecimal("0.12")).boundaryMarkers(4)
                .publicitySigns(1).roadCrossings(1).warningSigns(2).fenceRequired(true).fenceComplete(true)
                .build();
        Zone second = Zone.builder().level(ZoneLevel.SECOND).approvalDocument("苏政复〔2009〕2号").approvedOn(date("2009-01-15"))
                .waterAreaKm2(new BigDecimal("1.2")).landAreaKm2(new BigDecimal("0.8")).boundaryMarkers(6)
                .publicitySigns(2).roadCrossings(0).warningSigns(0).fenceRequired(false).fenceComplete(false)
                .build();
        return WaterSource.builder().id("WS-A").name("甲水厂取水口水源地").kind(SourceKind.RIVER).adminLevel(AdminLevel.PREFECTURE)
                .location("南通市崇川区").responsibleUnitId("SD-A").status(SourceStatus.IN_USE).servedPopulation(500_000L)
                .designCapacityWanM3PerDay(new BigDecimal("20")).onlineMonitoring(true)
                .emergencyPlan(new EmergencyPlan(date("2017-09-01"), date("2018-04-12")))
                .riskSourcesSurveyedOn(date("2018-03-01"))
                .zones(List.of(first, second))
                .build();
    }

    /** The bundled Chongchuan 2018 sample ({@code examples/data/chongchuan-2018.json}), read once. */
    public static synchronized CaseFile sample() {
        if (sample == null) {
            try {
                sample = CaseFileJson.strict().readString(Files.readString(SAMPLE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidCaseFileException e) {
                throw new AssertionError("the bundled sample is not valid: " + e.errors(), e);
            }
        }
        return sample;
    }

    /** The bundled sample as a draft to change. */
    public static CaseDraft sampleDraft() {
        return CaseDraft.of(sample());
    }

    /** A day written as ISO text, {@code 2018-06-30}; null for null (an absent date). */
    public static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** A month written as ISO text, {@code 2018-06}; null for null. */
    public static YearMonth month(String iso) {
        return iso == null ? null : YearMonth.parse(iso);
    }

    /** A moment with its offset written as ISO text, {@code 2018-05-28T10:00:00+08:00}; null for null. */
    public static OffsetDateTime at(String iso) {
        return iso == null ? null : OffsetDateTime.parse(iso);
    }

    /** An exact decimal written as text, {@code 0.35}. */
    public static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    /** A sample's values in the order given: code, value, code, value … */
    public static Map<String, BigDecimal> values(String... codesAndValues) {
        if (codesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("codes and values come in pairs");
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put(codesAndValues[i], new BigDecimal(codesAndValues[i + 1]));
        }
        return values;
    }

    /** The SHA-256 of a text, as 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
