package io.github.shuiyuan.core.validation;

import io.github.shuiyuan.core.Campaign;
import io.github.shuiyuan.core.CaseFile;
import io.github.shuiyuan.core.Person;
import io.github.shuiyuan.core.Unit;
import io.github.shuiyuan.core.evidence.Evidence;
import io.github.shuiyuan.core.inspection.Inspection;
import io.github.shuiyuan.core.problem.Plan;
import io.github.shuiyuan.core.problem.Problem;
import io.github.shuiyuan.core.problem.ProblemStatus;
import io.github.shuiyuan.core.quality.PlausibleRange;
import io.github.shuiyuan.core.quality.QualityStandard;
import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.reporting.AccountabilityRecord;
import io.github.shuiyuan.core.reporting.MonthlyReport;
import io.github.shuiyuan.core.reporting.SummaryReport;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks that need the whole case file: unique ids and serial numbers, references that resolve,
 * one zone per level, the dates of a problem's life in order, sensible numbers, known parameter codes.
 * An absent value is unknown here, never wrong (required fields are {@link RequiredFields}' concern), so the
 * checks run on any case file: one built in Java with gaps, or one the JSON reader repaired to go on checking.
 */
final class ContentChecker {

    private final CaseFile file;
    private final List<ValidationError> errors;
    private final Set<String> unitIds;
    private final Set<String> personIds;
    private final Set<String> sourceIds;
    private final Set<String> problemIds;
    private final Set<String> evidenceIds;
    private final Set<String> knownCodes = QualityStandard.national().knownCodes();

    ContentChecker(CaseFile file, List<ValidationError> errors) {
        this.file = file;
        this.errors = errors;
        this.unitIds = uniqueIds("units", file.units(), Unit::id);
        this.personIds = uniqueIds("people", file.people(), Person::id);
        this.sourceIds = uniqueIds("waterSources", file.waterSources(), WaterSource::id);
        this.problemIds = uniqueIds("problems", file.problems(), Problem::id);
        this.evidenceIds = uniqueIds("evidence", file.evidence(), Evidence::id);
        uniqueIds("plans", file.plans(), Plan::id);
        uniqueIds("inspections", file.inspections(), Inspection::id);
        uniqueIds("monthlyReports", file.monthlyReports(), MonthlyReport::id);
        uniqueIds("summaryReports", file.summaryReports(), SummaryReport::id);
        uniqueIds("samples", file.samples(), Sample::id);
        uniqueIds("accountability", file.accountability(), AccountabilityRecord::id);
    }

    void check() {
        if (file.campaign() != null) {
            checkCampaign(file.campaign());
        }
        forEach("people", file.people(), (p, path) -> ref(path, ".unitId", p.unitId(), unitIds, "单位"));
        forEach("waterSources", file.waterSources(), this::checkSource);
        checkSerialNumbers();
        forEach("problems", file.problems(), this::checkProblem);
        forEach("plans", file.plans(), this::checkPlan);
        forEach("inspections", file.inspections(), this::checkInspection);
        forEach("evidence", file.evidence(), this::checkEvidence);
        forEach("monthlyReports", file.monthlyReports(), (r, path) -> {
            ref(path, ".unitId", r.unitId(), unitIds, "单位");
            refs(path, ".copiedToUnitIds", r.copiedToUnitIds(), unitIds, "单位");
        });
        forEach("summaryReports", file.summaryReports(), (r, path) -> {
            ref(path, ".unitId", r.unitId(), unitIds, "单位");
            refs(path, ".copiedToUnitIds", r.copiedToUnitIds(), unitIds, "单位");
            refs(path, ".evidenceIds", r.evidenceIds(), evidenceIds, "佐证材料");
        });
        forEach("samples", file.samples(), this::checkSample);
        forEach("accountability", file.accountability(), (a, path) -> {
            ref(path, ".targetUnitId", a.targetUnitId(), unitIds, "单位");
            ref(path, ".targetPersonId", a.targetPersonId(), personIds, "人员");
        });
    }

    private void checkCampaign(Campaign c) {
        ref("$.campaign.reportRecipientUnitId", c.reportRecipientUnitId(), unitIds, "单位");
        refs("$.campaign.copyToUnitIds", c.copyToUnitIds(), unitIds, "单位");
        if (c.reportDueDay() != null && (c.reportDueDay() < 1 || c.reportDueDay() > 31)) {
            errors.add(ValidationError.at("$.campaign.reportDueDay", ErrorCode.NOT_FINITE,
                    "报送日应在1到31之间，实际为" + c.reportDueDay(), "report due day must be 1 to 31, found " + c.reportDueDay()));
        }
    }

    private void checkSource(WaterSource s, String path) {
        ref(path, ".responsibleUnitId", s.responsibleUnitId(), unitIds, "单位");
        nonNegative(path, ".servedPopulation", s.servedPopulation());
        nonNegative(path, ".designCapacityWanM3PerDay", s.designCapacityWanM3PerDay());
        Set<ZoneLevel> seen = EnumSet.noneOf(ZoneLevel.class);
        for (int i = 0; i < s.zones().size(); i++) {
            Zone z = s.zones().get(i);
            String zonePath = path + ".zones[" + i + "]";
            if (z.level() != null && !seen.add(z.level())) {
                errors.add(ValidationError.at(zonePath + ".level", ErrorCode.DUPLICATE_ZONE_LEVEL,
                        "水源地" + s.id() + "的" + z.level().label() + "重复（每一级别至多一个）",
                        "source " + s.id() + " has more than one " + z.level() + " zone"));
            }
            nonNegative(zonePath, ".waterAreaKm2", z.waterAreaKm2());
            nonNegative(zonePath, ".landAreaKm2", z.landAreaKm2());
            nonNegative(zonePath, ".boundaryMarkers", z.boundaryMarkers());
            nonNegative(zonePath, ".publicitySigns", z.publicitySigns());
            nonNegative(zonePath, ".roadCrossings", z.roadCrossings());
            nonNegative(zonePath, ".warningSigns", z.warningSigns());
        }
    }

    private void checkSerialNumbers() {
        Map<Integer, Integer> first = new HashMap<>();
        forEach("problems", file.problems(), (p, path) -> {
            Integer earlier = p.serialNo() == null ? null : first.putIfAbsent(p.serialNo(), indexOf(path));
            if (earlier != null) {
                errors.add(ValidationError.at(path + ".serialNo", ErrorCode.DUPLICATE_SERIAL_NO,
                        "问题序号" + p.serialNo() + "与$.problems[" + earlier + "]重复",
                        "serial number " + p.serialNo() + " repeats $.problems[" + earlier + "]"));
            }
        });
    }

    private void checkProblem(Problem p, String path) {
        nonNegative(path, ".serialNo", p.serialNo());
        percent(path, ".progressPercent", p.progressPercent());
        ref(path, ".waterSourceId", p.waterSourceId(), sourceIds, "水源地");
        ref(path, ".responsibleUnitId", p.responsibleUnitId(), unitIds, "单位");
        ref(path, ".responsiblePersonId", p.responsiblePersonId(), personIds, "人员");
        for (int i = 0; i < p.extensions().size(); i++) {
            ref(path + ".extensions[" + i + "].approvedByUnitId", p.extensions().get(i).approvedByUnitId(), unitIds, "单位");
        }
        for (int i = 0; i < p.filings().size(); i++) {
            ref(path + ".filings[" + i + "].unitId", p.filings().get(i).unitId(), unitIds, "单位");
        }
        boolean rectified = p.status() == ProblemStatus.RECTIFIED || p.status() == ProblemStatus.CLOSED;
        if (rectified && p.rectifiedOn() == null) {
            errors.add(ValidationError.at(path + ".rectifiedOn", ErrorCode.MISSING_RECTIFIED_ON,
                    "问题状态为" + p.status().label() + "，但缺少整改完成日期rectifiedOn",
                    "a " + p.status() + " problem needs rectifiedOn"));
        }
        if (p.status() == ProblemStatus.CLOSED && p.closedOn() == null) {
            errors.add(ValidationError.at(path + ".closedOn", ErrorCode.MISSING_CLOSED_ON,
                    "问题状态为已销号，但缺少销号日期closedOn", "a CLOSED problem needs closedOn"));
        }
        order(path, ".rectifiedOn", p.identifiedOn(), "发现日期identifiedOn", p.rectifiedOn(), "整改完成日期rectifiedOn");
        order(path, ".closedOn", p.rectifiedOn(), "整改完成日期rectifiedOn", p.closedOn(), "销号日期closedOn");
    }

    private void checkPlan(Plan plan, String path) {
        ref(path, ".waterSourceId", plan.waterSourceId(), sourceIds, "水源地");
        ref(path, ".responsibleUnitId", plan.responsibleUnitId(), unitIds, "单位");
        ref(path, ".responsiblePersonId", plan.responsiblePersonId(), personIds, "人员");
        ref(path, ".leaderPersonId", plan.leaderPersonId(), personIds, "人员");
        refs(path, ".problemIds", plan.problemIds(), problemIds, "问题");
    }

    private void checkInspection(Inspection inspection, String path) {
        ref(path, ".waterSourceId", inspection.waterSourceId(), sourceIds, "水源地");
        ref(path, ".unitId", inspection.unitId(), unitIds, "单位");
        refs(path, ".inspectorPersonIds", inspection.inspectorPersonIds(), personIds, "人员");
        refs(path, ".newProblemIds", inspection.newProblemIds(), problemIds, "问题");
        for (int i = 0; i < inspection.results().size(); i++) {
            ref(path + ".results[" + i + "].problemId", inspection.results().get(i).problemId(), problemIds, "问题");
        }
    }

    private void checkEvidence(Evidence e, String path) {
        ref(path, ".problemId", e.problemId(), problemIds, "问题");
        ref(path, ".waterSourceId", e.waterSourceId(), sourceIds, "水源地");
        if (e.problemId() == null && e.waterSourceId() == null) {
            errors.add(ValidationError.at(path + ".problemId", ErrorCode.REQUIRED,
                    "佐证材料须属于一个问题（problemId）或一个水源地（waterSourceId）",
                    "evidence needs a problemId or a waterSourceId"));
        }
    }

    private void checkSample(Sample s, String path) {
        ref(path, ".waterSourceId", s.waterSourceId(), sourceIds, "水源地");
        if (s.values() == null) {
            return;
        }
        s.values().forEach((code, value) -> {
            String valuePath = path + ".values." + code;
            if (value == null) {
                errors.add(ValidationError.at(valuePath, ErrorCode.REQUIRED, "监测项目“" + code + "”缺少数值",
                        "parameter '" + code + "' has no value"));
            }
            if (!knownCodes.contains(code)) {
                errors.add(ValidationError.at(valuePath, ErrorCode.UNKNOWN_PARAMETER,
                        "监测项目代码“" + code + "”不在地表水或地下水标准限值表中",
                        "parameter code '" + code + "' is in neither limits table"));
            }
            nonNegative(valuePath, value);
            plausible(valuePath, code, value);
        });
    }

    /** A measured value outside what its parameter can physically be ({@link PlausibleRange}, kept as data). */
    private void plausible(String path, String code, BigDecimal value) {
        if (value == null || value.signum() < 0 || Double.isInfinite(value.doubleValue())) {
            return; // missing, negative or beyond any number: reported already
        }
        PlausibleRange.of(code).filter(range -> !range.contains(value)).ifPresent(range -> errors.add(ValidationError.at(path,
                ErrorCode.IMPLAUSIBLE_VALUE, "监测项目“" + code + "”的数值" + value.toPlainString() + "不可能出现，合理范围为"
                        + range.min().toPlainString() + "至" + range.max().toPlainString() + "，请核对录入",
                code + " value " + value.toPlainString() + " is outside its plausible range " + range.min().toPlainString()
                        + " to " + range.max().toPlainString())));
    }

    /**
     * The ids of one kind of record, reporting duplicates; null when some record of the kind has no (valid)
     * id, since references to that kind cannot then be judged.
     */
    private <T> Set<String> uniqueIds(String list, List<T> records, Function<T, String> id) {
        Map<String, Integer> seen = new HashMap<>();
        boolean complete = true;
        for (int i = 0; i < records.size(); i++) {
            String value = id.apply(records.get(i));
            if (value == null) {
                complete = false;
                continue;
            }
            if (value.isBlank()) {
                errors.add(ValidationError.at("$." + list + "[" + i + "].id", ErrorCode.BLANK_ID,
                        "编号不能为空白", "id must not be blank"));
            }
            Integer earlier = seen.putIfAbsent(value, i);
            if (earlier != null) {
                errors.add(ValidationError.at("$." + list + "[" + i + "].id", ErrorCode.DUPLICATE_ID,
                        "编号“" + value + "”与$." + list + "[" + earlier + "]重复",
                        "id '" + value + "' repeats $." + list + "[" + earlier + "]"));
            }
        }
        return complete ? seen.keySet() : null;      // a view: only asked whether it contains an id
    }

    /** {@link #ref(String, String, Set, String)} at {@code at + field}, the path spelled out only for an error. */
    private void ref(String at, String field, String id, Set<String> ids, String kindZh) {
        if (id != null && ids != null && !ids.contains(id)) {
            ref(at + field, id, ids, kindZh);
        }
    }

    private void refs(String at, String field, List<String> ids, Set<String> known, String kindZh) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && known != null && !known.contains(id)) {
                ref(at + field + "[" + i + "]", id, known, kindZh);
            }
        }
    }

    private void order(String at, String field, LocalDate earlier, String earlierZh, LocalDate later, String laterZh) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            order(at + field, earlier, earlierZh, later, laterZh);
        }
    }

    /** {@link #nonNegative(String, Number)} at {@code at + field}, the path spelled out only when it is wrong. */
    private void nonNegative(String at, String field, Number value) {
        if (value != null && (value instanceof BigDecimal d ? d.signum() < 0 || Double.isInfinite(d.doubleValue()) : value.longValue() < 0)) {
            nonNegative(at + field, value);
        }
    }

    private void percent(String at, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || Double.isInfinite(value.doubleValue()))) {
            percent(at + field, value);
        }
    }

    private void ref(String path, String id, Set<String> ids, String kindZh) {
        if (id != null && ids != null && !ids.contains(id)) {
            errors.add(ValidationError.at(path, ErrorCode.DANGLING_REFERENCE,
                    "引用的" + kindZh + "“" + id + "”不存在", "reference '" + id + "' resolves to no record"));
        }
    }

    private void refs(String path, List<String> ids, Set<String> known, String kindZh) {
        for (int i = 0; i < ids.size(); i++) {
            ref(path + "[" + i + "]", ids.get(i), known, kindZh);
        }
    }

    private void order(String path, LocalDate earlier, String earlierZh, LocalDate later, String laterZh) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            errors.add(ValidationError.at(path, ErrorCode.DATE_ORDER,
                    laterZh + "（" + later + "）早于" + earlierZh + "（" + earlier + "）",
                    laterZh.replaceAll("\\P{ASCII}", "") + " " + later + " is before "
                            + earlierZh.replaceAll("\\P{ASCII}", "") + " " + earlier));
        }
    }

    private void nonNegative(String path, Number value) {
        if (value == null) {
            return;
        }
        BigDecimal decimal = value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue());
        if (Double.isInfinite(decimal.doubleValue())) {
            errors.add(ValidationError.at(path, ErrorCode.NOT_FINITE, "数值超出可表示的范围", "number out of range"));
        } else if (decimal.signum() < 0) {
            errors.add(ValidationError.at(path, ErrorCode.NEGATIVE_NUMBER,
                    "数值不能为负，实际为" + decimal.toPlainString(), "must not be negative, found " + decimal.toPlainString()));
        }
    }

    private void percent(String path, BigDecimal value) {
        nonNegative(path, value);
        if (value != null && value.compareTo(HUNDRED) > 0) {
            errors.add(ValidationError.at(path, ErrorCode.PERCENT_OUT_OF_RANGE,
                    "百分比应在0到100之间，实际为" + value.toPlainString(), "a percentage is 0 to 100, found " + value.toPlainString()));
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private interface Visitor<T> {
        void visit(T record, String path);
    }

    private static <T> void forEach(String list, List<T> records, Visitor<T> visitor) {
        for (int i = 0; i < records.size(); i++) {
            visitor.visit(records.get(i), "$." + list + "[" + i + "]");
        }
    }

    private static int indexOf(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1));
    }
}
