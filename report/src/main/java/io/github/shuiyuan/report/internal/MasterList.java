package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

    /** The unit of this name (surrounding white space ignored). */
    Optional<Unit> unitNamed(String name) {
        String wanted = Texts.strip(name);
        return caseFile.units().stream().filter(u -> wanted.equals(u.name())).findFirst();
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
