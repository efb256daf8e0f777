package io.github.shuiyuan.report;

import org.jspecify.annotations.Nullable;

/**
 * One row of the look-back form: a rectified problem as the sub-district reports it, column by column.
 *
 * <p>Immutable and thread-safe.
 *
 * @param serialNo      问题序号, the serial number on the master list (附表1)
 * @param location      所在地, {@code XX市XX县}; null when the case file records none
 * @param sourceName    水源地名称
 * @param rectification 已整改问题具体情况: the problem, the measures taken and their result
 * @param lookBack      “回头看”情况: what the latest look-back found
 * @param done          是否完成整治: 是 (true) or 否
 * @param remark        备注
 */
public record LookBackRow(int serialNo, @Nullable String location, String sourceName, String rectification,
                          String lookBack, boolean done, String remark) {
}
