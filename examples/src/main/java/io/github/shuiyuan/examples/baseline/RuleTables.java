package io.github.shuiyuan.examples.baseline;

import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.rules.fact.Restriction;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The bundled data files the plain-Java rules read: the zone table and the sampling periods. */
final class RuleTables {

    /** One cell of the zone table: forbidden or restricted, on a legal basis. */
    record Cell(Restriction restriction, String basis) {
    }

    private RuleTables() {
    }

    /** {@code zone-matrix.csv}: category → zone level → cell; categories allowed in a level have no cell. */
    static Map<ProblemCategory, Map<ZoneLevel, Cell>> zoneTable() {
        Map<ProblemCategory, Map<ZoneLevel, Cell>> table = new EnumMap<>(ProblemCategory.class);
        List<String> lines = text("zone-matrix.csv").lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        for (String line : lines) {
            String[] cells = line.split(",", 5);
            String basis = cells.length > 4 && !cells[4].isBlank() ? cells[4].strip() : "HJ 773-2015 第6章";
            Map<ZoneLevel, Cell> row = new EnumMap<>(ZoneLevel.class);
            for (ZoneLevel level : ZoneLevel.values()) {
                switch (cells[level.ordinal() + 1].strip()) {
                    case "F" -> row.put(level, new Cell(Restriction.FORBIDDEN, basis));
                    case "R" -> row.put(level, new Cell(Restriction.RESTRICTED, basis));
                    default -> { }
                }
            }
            table.put(ProblemCategory.valueOf(cells[0].strip()), row);
        }
        return table;
    }

    /** {@code mon.periodMonths.*} of {@code thresholds.properties}: the sampling period per administrative level. */
    static Map<AdminLevel, Integer> samplingPeriods() {
        Properties thresholds = new Properties();
        try {
            thresholds.load(new StringReader(text("thresholds.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<AdminLevel, Integer> months = new EnumMap<>(AdminLevel.class);
        for (AdminLevel level : AdminLevel.values()) {
            months.put(level, Integer.parseInt(thresholds.getProperty("mon.periodMonths." + level.name()).strip()));
        }
        return months;
    }

    private static String text(String name) {
        return RuleSubset.resource(name);
    }
}
