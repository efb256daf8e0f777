package io.github.shuiyuan.core.problem;

import io.github.shuiyuan.core.Labeled;

/**
 * What kind of environmental problem was found in a zone.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProblemCategory implements Labeled {
    SEWAGE_OUTFALL("排污口"),
    CONSTRUCTION_PROJECT("违法建设项目"),
    RESIDENTIAL_HOUSING("居民住宅"),
    CAGE_AQUACULTURE("网箱养殖"),
    LIVESTOCK_FARMING("畜禽养殖"),
    CROP_FARMING("农业种植"),
    TOURISM_CATERING("旅游餐饮"),
    SWIMMING_FISHING("游泳垂钓"),
    WHARF_SHIPPING("码头船舶"),
    TRAFFIC_CROSSING("交通穿越"),
    WASTE_DUMPING("垃圾堆放"),
    INDUSTRIAL_ENTERPRISE("工业企业"),
    OTHER("其他");

    private final String label;

    ProblemCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
