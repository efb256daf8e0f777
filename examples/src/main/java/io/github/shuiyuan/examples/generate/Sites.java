package io.github.shuiyuan.examples.generate;

import io.github.shuiyuan.core.quality.Sample;
import io.github.shuiyuan.core.source.AdminLevel;
import io.github.shuiyuan.core.source.EmergencyPlan;
import io.github.shuiyuan.core.source.SourceKind;
import io.github.shuiyuan.core.source.SourceStatus;
import io.github.shuiyuan.core.source.WaterSource;
import io.github.shuiyuan.core.source.Zone;
import io.github.shuiyuan.core.source.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated source with its zones, and its monthly samples at the intake. */
final class Sites {

    private Sites() {
    }

    static WaterSource source(Draw draw, int index, int subDistrict) {
        int kindRoll = draw.between(1, 100);
        SourceKind kind = kindRoll <= 60 ? SourceKind.RIVER : kindRoll <= 85 ? SourceKind.LAKE_RESERVOIR : SourceKind.GROUNDWATER;
        int levelRoll = draw.between(1, 100);
        AdminLevel level = levelRoll <= 20 ? AdminLevel.PREFECTURE : levelRoll <= 70 ? AdminLevel.COUNTY : AdminLevel.TOWNSHIP;
        int statusRoll = draw.between(1, 100);
        SourceStatus status = statusRoll <= 88 ? SourceStatus.IN_USE : statusRoll <= 97 ? SourceStatus.STANDBY : SourceStatus.RETIRED;
        EmergencyPlan plan = draw.chance(95) ? new EmergencyPlan(draw.dayFrom(LocalDate.of(2015, 1, 1), 1200),
                draw.dayFrom(LocalDate.of(2017, 3, 1), 580)) : null;
        String place = Province.place(subDistrict);
        String location = draw.chance(2) ? place.substring(place.indexOf('市') + 1) : place;
        String name = place.substring(place.indexOf('市') + 1) + "第" + (index + 1) + "号" + kind.label() + "水源地";
        return new WaterSource(Province.sourceId(index), name, kind, level, location, Province.subDistrictId(subDistrict),
                status, (long) draw.between(5, 1500) * 1000, draw.decimal(5, 600, 1), draw.chance(70), plan,
                draw.dayFrom(LocalDate.of(2017, 6, 1), 450), zones(draw, kind));
    }

    private static List<Zone> zones(Draw draw, SourceKind kind) {
        boolean surface = kind != SourceKind.GROUNDWATER;
        List<Zone> zones = new ArrayList<>();
        zones.add(zone(draw, ZoneLevel.FIRST, !draw.chance(3)));
        if (surface || draw.chance(50)) {
            zones.add(zone(draw, ZoneLevel.SECOND, !draw.chance(3)));
        }
        if (surface && draw.chance(50)) {
            zones.add(zone(draw, ZoneLevel.QUASI, true));
        }
        return zones;
    }

    private static Zone zone(Draw draw, ZoneLevel level, boolean approved) {
        int crossings = draw.between(0, 2);
        int warningSigns = draw.chance(10) ? Math.max(0, crossings * 2 - 1) : crossings * 2;
        boolean first = level == ZoneLevel.FIRST;
        LocalDate approvedOn = approved ? draw.dayFrom(LocalDate.of(2005, 1, 1), 4700) : null;
        return new Zone(level, approved ? "苏政复〔" + approvedOn.getYear() + "〕" + draw.between(1, 99) + "号" : null, approvedOn,
                draw.decimal(1, 500, 2), draw.decimal(1, 300, 2), draw.between(0, 8), draw.between(0, 3), crossings,
                warningSigns, first, first ? draw.chance(85) : null);
    }

    /** One sample a month at the intake, now and then a month missed; July's is a full analysis at most sources. */
    static List<Sample> samples(Draw draw, int index, WaterSource source) {
        List<Sample> samples = new ArrayList<>();
        for (YearMonth month : Province.periods()) {
            if (draw.chance(5)) {
                continue;
            }
            samples.add(new Sample(String.format("S-%05d-%s", index + 1, month), source.id(), "取水口", ZoneLevel.FIRST,
                    month.atDay(draw.between(3, 12)), month.getMonthValue() == 7 && draw.chance(80),
                    values(draw, source.kind())));
        }
        return samples;
    }

    /** Values mostly of class II or III; one sample in twenty has one item a class or two worse. */
    private static Map<String, BigDecimal> values(Draw draw, SourceKind kind) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("PH", draw.decimal(680, 840, 2));
        if (kind == SourceKind.GROUNDWATER) {
            values.put("NH3_N", draw.decimal(1, 45, 2));
            values.put("CODMN", draw.decimal(5, 28, 1));
            values.put("NO3_N", draw.decimal(5, 190, 1));
            values.put("FE", draw.decimal(5, 28, 2));
        } else {
            values.put("DO", draw.decimal(55, 95, 1));
            values.put("CODMN", draw.decimal(15, 58, 1));
            values.put("NH3_N", draw.decimal(5, 95, 2));
            values.put("TP", kind == SourceKind.RIVER ? draw.decimal(20, 190, 3) : draw.decimal(10, 48, 3));
        }
        if (draw.chance(5)) {
            values.replace("CODMN", values.get("CODMN").multiply(BigDecimal.valueOf(2)));
        }
        return values;
    }
}
