package io.github.shuiyuan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocationFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"南通市崇川区", "恩施土家族苗族自治州来凤县", "苏州市昆山市", "阿里地区噶尔县", "锡林郭勒盟正蓝旗",
            "北京市朝阳区"})
    void a_prefecture_then_a_county_level_unit_is_valid(String location) {
        assertThat(LocationFormat.isValid(location)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"江苏省南通市崇川区", "南通市崇川区狼山镇街道", "南通市", "崇川区", "南通崇川区", "南通市 崇川区",
            "南通市崇川区2", "Nantong市崇川区", "市崇川区", ""})
    void anything_else_is_not(String location) {
        assertThat(LocationFormat.isValid(location)).isFalse();
    }
}
