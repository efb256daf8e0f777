package io.github.shuiyuan.core.quality;

import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The national limits as data: GB 3838-2002 for surface water and GB/T 14848-2017 for groundwater,
 * read from the CSV tables shipped in this jar, and the single-factor grading (单因子评价) over them.
 *
 * <p>Immutable and thread-safe; {@link #national()} is loaded once.
 */
public final class QualityStandard {

    private static final String SURFACE_TABLE = "water-quality.csv";
    private static final String GROUND_TABLE = "groundwater-quality.csv";
    private static final String ALL_BODIES = "ALL";
    /** The classes in table order, I first (values() copies the array on every call). */
    private static final Grade[] CLASSES = Grade.values();

    private static final class Holder {
        static final QualityStandard NATIONAL = new QualityStandard(
                load(SURFACE_TABLE, true), load(GROUND_TABLE, false));
    }

    private final List<Parameter> surface;
    private final List<Parameter> groundwater;
    /** The row that applies, by source kind and code: grading looks a row up for every value of every sample. */
    private final Map<SourceKind, Map<String, Parameter>> rows = new EnumMap<>(SourceKind.class);

    private QualityStandard(List<Parameter> surface, List<Parameter> groundwater) {
        this.surface = List.copyOf(surface);
        this.groundwater = List.copyOf(groundwater);
        for (SourceKind kind : SourceKind.values()) {
            Map<String, Parameter> byCode = new HashMap<>();
            (kind == SourceKind.GROUNDWATER ? groundwater : surface).stream()
                    .filter(p -> kind == SourceKind.GROUNDWATER || p.waterBody().equals(ALL_BODIES) || p.waterBody().equals(kind.name()))
                    .forEach(p -> byCode.putIfAbsent(p.code(), p));
            rows.put(kind, byCode);
        }
    }

    /** The national standards as shipped. */
    public static QualityStandard national() {
        return Holder.NATIONAL;
    }

    /** Every parameter code either table knows, sorted. */
    public Set<String> knownCodes() {
        Set<String> codes = new TreeSet<>();
        surface.forEach(p -> codes.add(p.code()));
        groundwater.forEach(p -> codes.add(p.code()));
        return codes;
    }

    /** The parameter rows that apply to a source of this kind, in the order of the standard's table. */
    public List<Parameter> parameters(SourceKind kind) {
        Map<String, Parameter> applicable = rows.get(kind);
        return (kind == SourceKind.GROUNDWATER ? groundwater : surface).stream()
                .filter(p -> applicable.get(p.code()) == p)
                .toList();
    }

    /** The parameter row that applies to a code in a source of this kind, if the applicable table has one. */
    public Optional<Parameter> parameter(String code, SourceKind kind) {
        return Optional.ofNullable(rows.get(kind).get(code));
    }

    /**
     * The default target class of a sample: a surface sample taken in the first-level zone aims at
     * {@code firstZoneTarget}, every other sample at class III.
     */
    public static Grade target(SourceKind kind, @Nullable ZoneLevel zoneLevel, Grade firstZoneTarget) {
        boolean surfaceFirstZone = kind != SourceKind.GROUNDWATER && zoneLevel == ZoneLevel.FIRST;
        return surfaceFirstZone ? firstZoneTarget : Grade.III;
    }

    /**
     * Grades measured values for a source of {@code kind} against {@code target}. Codes the applicable
     * table lacks are ignored; items that are reported but neither graded nor counted for compliance
     * (TN, fecal coliform) do not change the judgement.
     */
    public Grading grade(Map<String, BigDecimal> values, SourceKind kind, Grade target) {
        Grade worst = null;
        boolean supplementaryMet = true;
        List<Exceedance> exceedances = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
            Optional<Parameter> row = parameter(entry.getKey(), kind);
            if (row.isEmpty()) {
                continue;
            }
            Parameter p = row.get();
            BigDecimal value = entry.getValue();
            if (p.graded()) {
                Grade itemClass = classOf(p, value, kind);
                worst = worst == null || itemClass.isWorseThan(worst) ? itemClass : worst;
                if (itemClass.isWorseThan(target)) {
                    exceedances.add(exceedance(p, value, target, itemClass));
                }
            } else if (p.isSupplementary() && !p.limit(target).isMetBy(value)) {
                supplementaryMet = false;
                exceedances.add(exceedance(p, value, target, null));
            }
        }
        if (worst == null) {
            return new Grading(null, target, null, null, exceedances);
        }
        boolean compliant = !worst.isWorseThan(Grade.III) && supplementaryMet;
        boolean targetMet = !worst.isWorseThan(target) && supplementaryMet;
        return new Grading(worst, target, compliant, targetMet, exceedances);
    }

    private static Grade classOf(Parameter p, BigDecimal value, SourceKind kind) {
        for (int i = 0; i < p.limits().size(); i++) {
            if (p.limits().get(i).isMetBy(value)) {
                return CLASSES[i];
            }
        }
        return kind == SourceKind.GROUNDWATER ? Grade.V : Grade.WORSE_THAN_V;
    }

    private static Exceedance exceedance(Parameter p, BigDecimal value, Grade target, @Nullable Grade itemClass) {
        Limit limit = p.limit(target);
        BigDecimal multiple = null;
        if (p.bound() == Bound.MAX && limit.high().signum() > 0) {
            multiple = value.subtract(limit.high()).divide(limit.high(), 2, RoundingMode.HALF_UP);
        }
        return new Exceedance(p.code(), value, limit.text(), itemClass, multiple);
    }

    private static List<Parameter> load(String resource, boolean surfaceTable) {
        try (InputStream in = QualityStandard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("limits table missing from the jar: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(reader.readLine().split(","));
            int firstClass = header.indexOf("I");
            int classes = surfaceTable ? 5 : 4;
            List<Parameter> rows = new ArrayList<>();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                rows.add(parseRow(resource, lineNo, header, line.split(",", -1), firstClass, classes));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parameter parseRow(String resource, int lineNo, List<String> header, String[] cells,
                                      int firstClass, int classes) {
        try {
            Bound bound = Bound.valueOf(cells[header.indexOf("bound")]);
            List<Limit> limits = new ArrayList<>();
            for (int i = 0; i < classes; i++) {
                limits.add(Limit.parse(bound, cells[firstClass + i]));
            }
            int bodyColumn = header.indexOf("water_body");
            String body = bodyColumn < 0 ? ALL_BODIES : cells[bodyColumn];
            return new Parameter(cells[0], cells[1], cells[2], bound, body, limits,
                    "Y".equals(cells[header.indexOf("graded")]), "Y".equals(cells[header.indexOf("compliance")]));
        } catch (RuntimeException e) {
            throw new IllegalStateException(resource + ":" + lineNo + ": " + e.getMessage(), e);
        }
    }
}
