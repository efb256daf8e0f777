package io.github.shuiyuan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 所在地 form XX市XX县 (FMT-01 and the look-back form checker). */
class LocationFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "南通市崇川区",
        "南通市海安县",
        "苏州市昆山市",
        "恩施土家族苗族自治州来凤县",
        "阿拉善盟阿拉善左旗",
        "锡林郭勒盟锡林浩特市",
        "大兴安岭地区漠河市",
        "上海市浦东新区",
        "济南市市中区",
        "呼伦贝尔市鄂温克族自治旗"
    })
    void accepts_a_prefecture_then_a_county_level_name(String location) {
        assertThat(LocationFormat.isValid(location)).as(location).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "江苏省南通市崇川区",
        "南通市崇川区省",
        "南通市",
        "崇川区",
        "南通崇川区",
        "南通市崇川",
        "南通市崇川区和平路",
        "南通市崇川区任港街道",
        "南通市区",
        "市崇川区",
        "Nantong市崇川区",
        "南通市Chongchuan区",
        "南通市 崇川区",
        " 南通市崇川区",
        "南通市崇川区 ",
        "南通市崇川区1号",
        "南通市（崇川区）",
        "南通市·崇川区",
        "恩施州来凤县",
        ""
    })
    void refuses_anything_else(String location) {
        assertThat(LocationFormat.isValid(location)).as(location).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void refuses_an_absent_location(String location) {
        assertThat(LocationFormat.isValid(location)).isFalse();
        assertThat(LocationFormat.isBlank(location)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "　"})
    void blank_means_empty_or_white_space(String location) {
        assertThat(LocationFormat.isBlank(location)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"南通市崇川区", "南通"})
    void a_written_location_is_not_blank(String location) {
        assertThat(LocationFormat.isBlank(location)).isFalse();
    }
}
