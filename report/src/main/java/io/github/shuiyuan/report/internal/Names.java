package io.github.shuiyuan.report.internal;

import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.source.WaterSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Resolves the ids of a case file to the names people read; an unknown id reads as itself, null as empty. */
public final class Names {

    private final Map<String, String> units = new HashMap<>();
    private final Map<String, WaterSource> sources = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, Problem> problems = new HashMap<>();

    public Names(CaseFile caseFile) {
        caseFile.units().forEach(u -> units.put(u.id(), u.name()));
        caseFile.waterSources().forEach(s -> sources.put(s.id(), s));
        caseFile.people().forEach(p -> people.put(p.id(), p.name()));
        caseFile.problems().forEach(p -> problems.put(p.id(), p));
    }

    /** The unit's name. */
    public String unit(String id) {
        return name(units, id);
    }

    /** The source's name. */
    public String source(String id) {
        return id == null ? "" : Optional.ofNullable(sources.get(id)).map(WaterSource::name).orElse(id);
    }

    /** The source with this id. */
    public Optional<WaterSource> waterSource(String id) {
        return Optional.ofNullable(id).map(sources::get);
    }

    /** The person's name (personal data: for internal workbooks only). */
    public String person(String id) {
        return name(people, id);
    }

    /** The problem with this id. */
    public Optional<Problem> problem(String id) {
        return Optional.ofNullable(id).map(problems::get);
    }

    /** How a problem is named on forms: {@code 问题序号5}, or its id when unknown. */
    public String problemLabel(String id) {
        return problem(id).map(p -> "问题序号" + p.serialNo()).orElse(id == null ? "" : id);
    }

    private static String name(Map<String, String> names, String id) {
        if (id == null) {
            return "";
        }
        String name = names.get(id);
        return name == null ? id : name;
    }
}
