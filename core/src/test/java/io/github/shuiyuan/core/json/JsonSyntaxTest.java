package io.github.shuiyuan.core.json;

import static io.github.shuiyuan.core.json.CaseFileJsonSyntaxTest.onlyError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shuiyuan.core.validation.ErrorCode;
import io.github.shuiyuan.core.validation.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Syntax errors are told in Chinese, from the parser's real messages (so a Jackson upgrade that rewords them
 * shows up here), and the English text carries no parser-internal notes.
 */
class JsonSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"code": "1" "name": "x"}        | “\"”之前缺少逗号：对象的字段之间应以逗号分隔
            {"a": [1 2]}                     | “2”之前缺少逗号：数组的元素之间应以逗号分隔
            {"a": 1, b: 2}                   | 此处应为带双引号的字段名，却是“b”
            {"a" 1}                          | 字段名之后应为冒号，却是“1”
            {"a": tru}                       | 无法识别的内容“tru”，此处应为字符串、数字、数组、对象、true、false 或 null
            {"a": [1, 2}                     | 多余的“}”：第1行第7列开始的数组应以“]”结束
            {"a": {"b": 1]}                  | 多余的“]”：第1行第7列开始的对象应以“}”结束
            {"a": 1                          | 文件在第1行第1列开始的对象结束前就结束了，缺少“}”
            {"a": [1                         | 文件在第1行第7列开始的数组结束前就结束了，缺少“]”
            {"a": 1,                         | 文件在对象结束前就结束了，缺少“}”
            {"a": [1,                        | 文件在数组结束前就结束了，缺少“]”
            {"a": "xyz                       | 文件在字符串结束前就结束了，缺少结尾的双引号
            {"a": 007}                       | 数字格式无效：不允许以0开头（如 007）
            {"a": NaN}                       | 数字格式无效：JSON不允许NaN或Infinity
            {"campaign": {"id": "x", "id": "x"}} | 同一对象中字段“id”出现了两次，每个字段只能写一次
            {"a": {"b": 1, "c": {"b": 1}, "b": 2}} | 同一对象中字段“b”出现了两次，每个字段只能写一次
            {"samples": [{"values": {"pH": 7, "pH": 8}}]} | 同一对象中字段“pH”出现了两次，每个字段只能写一次
            {"samples": [{"values": {"pH": "x", "pH": 8}}]} | 同一对象中字段“pH”出现了两次，每个字段只能写一次
            {"x": 1, "x": 2}                 | 同一对象中字段“x”出现了两次，每个字段只能写一次
            """)
    void the_chinese_message_says_what_is_wrong(String json, String expected) {
        ValidationError error = onlyError(Fixture.errorsOf(json.strip()));

        assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(error.message()).isEqualTo("不是有效的JSON：" + expected);
        assertThat(error.messageEn()).doesNotContain("REDACTED", "StreamReadFeature");
    }

    @Test
    void a_control_character_inside_a_string_is_named_by_its_code() {
        ValidationError error = onlyError(Fixture.errorsOf("{\"a\": \"x\ty\"}"));
        assertThat(error.message()).isEqualTo("不是有效的JSON：字符串中有未转义的控制字符（代码9），须写成反斜杠转义（如 \\n）");
    }

    @Test
    void a_message_the_translation_does_not_know_keeps_the_parser_detail() {
        assertThat(JsonSyntax.chinese("Something new happened")).isEqualTo("JSON语法错误（Something new happened）");
        assertThat(JsonSyntax.english("close marker (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 2, column: 18])"))
                .isEqualTo("close marker (start marker at [line: 2, column: 18])");
    }
}
