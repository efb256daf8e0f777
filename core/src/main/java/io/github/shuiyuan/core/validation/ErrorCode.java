package io.github.shuiyuan.core.validation;

/**
 * Stable English codes of case-file errors; systems key on them, people read the Chinese text.
 *
 * <p>Immutable and thread-safe.
 */
public enum ErrorCode {
    /** The bytes are not JSON, or the JSON is truncated. */
    MALFORMED_JSON("不是有效的JSON"),
    /** Nesting deeper than the reader allows. */
    TOO_DEEP("嵌套层级过深"),
    /** A document, string or number larger than the reader allows. */
    TOO_LARGE("内容超出大小限制"),
    /** A value of the wrong JSON type (text where a number belongs, and the like). */
    WRONG_TYPE("类型错误"),
    /** A required field is absent or null. */
    REQUIRED("缺少必填字段"),
    /** A field the contract does not know (refused unless reading leniently). */
    UNKNOWN_FIELD("未知字段"),
    /** A text that names no value of a closed vocabulary. */
    UNKNOWN_ENUM("取值不在允许范围内"),
    /** A date, instant or month that does not exist or is not written the ISO way. */
    INVALID_DATE("日期无效"),
    /** Two records of one kind share an id. */
    DUPLICATE_ID("编号重复"),
    /** A reference to an id that no record carries. */
    DANGLING_REFERENCE("引用的记录不存在"),
    /** Two problems share a serial number (问题序号). */
    DUPLICATE_SERIAL_NO("问题序号重复"),
    /** A source with two zones of one level. */
    DUPLICATE_ZONE_LEVEL("同一级别保护区重复"),
    /** A RECTIFIED or CLOSED problem without {@code rectifiedOn}. */
    MISSING_RECTIFIED_ON("缺少整改完成日期"),
    /** A CLOSED problem without {@code closedOn}. */
    MISSING_CLOSED_ON("缺少销号日期"),
    /** Dates out of order (identified, rectified, closed). */
    DATE_ORDER("日期先后顺序错误"),
    /** A negative number where none makes sense. */
    NEGATIVE_NUMBER("数值不能为负"),
    /** A percentage above 100. */
    PERCENT_OUT_OF_RANGE("百分比超出0到100"),
    /** A number outside what can be measured (infinite, or out of range). */
    NOT_FINITE("数值超出范围"),
    /** A measured value no water can have (pH above 14, a concentration beyond any physical ceiling). */
    IMPLAUSIBLE_VALUE("数值超出合理范围"),
    /** An id that is empty or only white space. */
    BLANK_ID("编号不能为空白"),
    /** A sample parameter code that neither limits table lists. */
    UNKNOWN_PARAMETER("未知的监测项目代码");

    private final String label;

    ErrorCode(String label) {
        this.label = label;
    }

    /** The short Chinese name of the error kind. */
    public String label() {
        return label;
    }
}
