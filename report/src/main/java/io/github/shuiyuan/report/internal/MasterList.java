package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Jurisdiction;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The master problem list (附表1) of a case file, indexed for checking forms against it. */
final class MasterList {

    private final CaseFile caseFile;
    private final Map<Integer, Problem> bySerial = new HashMap<>();
    private final Map<String, String> sourceNames = new HashMap<>();

    MasterList(CaseFile caseFile) {
        this.caseFile = caseFile;
        caseFile.problems().forEach(p -> bySerial.putIfAbsent(p.serialNo(), p));
        caseFile.waterSources().forEach(s -> sourceNames.put(s.id(), s.name()));
    }

    Optional<Problem> problem(int serialNo) {
        return Optional.ofNullable(bySerial.get(serialNo));
    }

    /** The name of the problem's source on the master list. */
    String sourceName(Problem problem) {
        return sourceNames.getOrDefault(problem.waterSourceId(), problem.waterSourceId());
    }

    /** The unit of this name (white space and full- or half-width forms ignored). */
    Optional<Unit> unitNamed(String name) {
        String wanted = FactText.canonical(name);
        return caseFile.units().stream().filter(u -> wanted.equals(FactText.canonical(u.name()))).findFirst();
    }

    /**
     * Up to {@code limit} names of units that file forms (those responsible for a problem) the name could have
     * meant, those sharing the most characters with it first, then in case-file order.
     */
    List<String> unitNamesLike(String name, int limit) {
        Set<String> responsible = new HashSet<>();
        caseFile.problems().forEach(p -> responsible.add(p.responsibleUnitId()));
        String wanted = FactText.canonical(name);
        return caseFile.units().stream().filter(u -> responsible.contains(u.id())).map(Unit::name)
                .sorted(Comparator.comparingInt((String n) -> -shared(wanted, n)))
                .limit(limit).toList();
    }

    private static int shared(String a, String b) {
        return (int) b.codePoints().distinct().filter(c -> a.indexOf(c) >= 0).count();
    }

    /** The jurisdiction's own 所在地, its city and name ({@code 南通市崇川区}); empty when the case file does not say. */
    String jurisdictionLocation() {
        Jurisdiction j = caseFile.jurisdiction();
        return j == null || j.city() == null || j.name() == null ? "" : j.city() + j.name();
    }

    /** The name of the unit with this id, or the id when the case file does not know it. */
    String unitName(String unitId) {
        return caseFile.unit(unitId).map(Unit::name).orElse(unitId);
    }

    /** The name of a source by id, or the id. */
    String sourceName(String waterSourceId) {
        return caseFile.waterSource(waterSourceId).map(WaterSource::name).orElse(waterSourceId);
    }
}
