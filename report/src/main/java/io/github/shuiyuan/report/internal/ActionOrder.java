package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.rules.Finding;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order people act on findings in: severity (严重 first), then responsible unit, then water source — units
 * and sources in the order the case file lists them, findings naming none (or one the case file lacks) after
 * the rest — then {@link Finding#ORDER} (rule, subject, ref). The same input always gives the same order.
 */
public final class ActionOrder implements Comparator<Finding> {

    private final Map<String, Integer> units;
    private final Map<String, Integer> sources;

    public ActionOrder(CaseFile caseFile) {
        this.units = positions(caseFile.units(), Unit::id);
        this.sources = positions(caseFile.waterSources(), WaterSource::id);
    }

    /** The findings in this order. */
    public List<Finding> sort(List<Finding> findings) {
        return findings.stream().sorted(this).toList();
    }

    @Override
    public int compare(Finding a, Finding b) {
        int bySeverity = a.severity().compareTo(b.severity());
        if (bySeverity != 0) {
            return bySeverity;
        }
        int byUnit = Integer.compare(position(units, a.unitId()), position(units, b.unitId()));
        if (byUnit != 0) {
            return byUnit;
        }
        int bySource = Integer.compare(position(sources, a.waterSourceId()), position(sources, b.waterSourceId()));
        return bySource != 0 ? bySource : Finding.ORDER.compare(a, b);
    }

    /** The place of {@code id} in the case file's list; after every listed one when absent or unknown. */
    private static int position(Map<String, Integer> positions, String id) {
        return id == null ? Integer.MAX_VALUE : positions.getOrDefault(id, Integer.MAX_VALUE);
    }

    private static <T> Map<String, Integer> positions(List<T> records, Function<T, String> id) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            positions.putIfAbsent(id.apply(records.get(i)), i);
        }
        return positions;
    }
}
