package io.github.shuiyuan.rules.internal;

import io.github.shuiyuan.core.Labeled;
import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.source.ZoneLevel;
import io.github.shuiyuan.rules.RuleProblem;
import io.github.shuiyuan.rules.fact.Restriction;
import io.github.shuiyuan.rules.fact.Thresholds;
import io.github.shuiyuan.rules.fact.ZoneRule;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The data files beside the rules: {@code ruleset.properties} (name, version), {@code thresholds.properties}
 * and the zone table {@code zone-matrix.csv}. Problems in them are reported as {@code file:line: message}.
 */
public final class Configuration {

    public static final String RULESET = "ruleset.properties";
    public static final String THRESHOLDS = "thresholds.properties";
    public static final String ZONE_MATRIX = "zone-matrix.csv";

    private final Map<String, String> ruleset;
    private final Thresholds thresholds;
    private final List<ZoneRule> zoneRules;

    private Configuration(Map<String, String> ruleset, Thresholds thresholds, List<ZoneRule> zoneRules) {
        this.ruleset = ruleset;
        this.thresholds = thresholds;
        this.zoneRules = List.copyOf(zoneRules);
    }

    /** Reads the configuration files of {@code files}, with threshold overrides on top. */
    public static Configuration read(RuleFiles files, Map<String, String> overrides, List<RuleProblem> problems) {
        Map<String, String> ruleset = properties(files, RULESET, problems);
        Map<String, String> thresholds = properties(files, THRESHOLDS, problems);
        thresholds.putAll(overrides);
        return new Configuration(ruleset, new Thresholds(thresholds), zoneRules(files, problems));
    }

    public String name() {
        return ruleset.getOrDefault("name", "default");
    }

    public String version() {
        return ruleset.getOrDefault("version", "0");
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public List<ZoneRule> zoneRules() {
        return zoneRules;
    }

    private static Map<String, String> properties(RuleFiles files, String name, List<RuleProblem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        RuleFiles.RuleFile file = files.file(name);
        if (file == null) {
            problems.add(new RuleProblem(name, 0, "配置文件缺失 [CONFIG_MISSING]"));
            return values;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file.text()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(name, 0, "无法读取配置：" + e.getMessage() + " [CONFIG_UNREADABLE]"));
        }
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    /**
     * The zone table: a header {@code category,FIRST,SECOND,QUASI,basis}, then one row per category with
     * {@code F}, {@code R} or {@code -} per zone level.
     */
    private static List<ZoneRule> zoneRules(RuleFiles files, List<RuleProblem> problems) {
        List<ZoneRule> rules = new ArrayList<>();
        RuleFiles.RuleFile file = files.file(ZONE_MATRIX);
        if (file == null) {
            problems.add(new RuleProblem(ZONE_MATRIX, 0, "分区表缺失 [CONFIG_MISSING]"));
            return rules;
        }
        List<String> lines = file.text().lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", 5);
            if (cells.length < 4) {
                problems.add(new RuleProblem(ZONE_MATRIX, i + 1, "应有至少4列：category,FIRST,SECOND,QUASI[,basis] [ZONE_TABLE]"));
                continue;
            }
            var category = Labeled.fromText(ProblemCategory.class, cells[0]);
            if (category.isEmpty()) {
                problems.add(new RuleProblem(ZONE_MATRIX, i + 1, "未知的问题类别：" + cells[0] + " [ZONE_TABLE]"));
                continue;
            }
            String basis = cells.length > 4 && !cells[4].isBlank() ? cells[4].strip() : "HJ 773-2015 第6章";
            ZoneLevel[] levels = ZoneLevel.values();
            for (int z = 0; z < levels.length; z++) {
                String cell = cells[z + 1].strip();
                switch (cell) {
                    case "F" -> rules.add(new ZoneRule(category.get(), levels[z], Restriction.FORBIDDEN, basis));
                    case "R" -> rules.add(new ZoneRule(category.get(), levels[z], Restriction.RESTRICTED, basis));
                    case "-", "–", "" -> { }
                    default -> problems.add(new RuleProblem(ZONE_MATRIX, i + 1,
                            "单元格应为F、R或-，实际为“" + cell + "” [ZONE_TABLE]"));
                }
            }
        }
        return rules;
    }
}
