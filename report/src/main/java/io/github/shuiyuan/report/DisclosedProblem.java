package io.github.shuiyuan.report;

import io.github.shuiyuan.rules.ProblemProgress;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One problem on the disclosure, in the problem ledger's public columns (附表1 without 省份 and 备注), written as
 * the ledger export writes them, with its progress class and close-out in words. Free text is scrubbed of
 * personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param serialNo        序号
 * @param location        所在地
 * @param sourceName      水源地名称
 * @param sourceClass     水源地类别 ({@code 地级}, {@code 县级} …)
 * @param zoneType        保护区类型 ({@code 一级}, {@code 二级}, {@code 准保护区})
 * @param problemType     问题类型
 * @param description     问题具体情况
 * @param measures        具体整治措施
 * @param deadline        计划完成整治时间: the deadline in force, with {@code （已延期，原定…）} when extended
 * @param progressNotes   整治进展情况
 * @param done            是否完成整治: 是 or 否
 * @param progressPercent 整治进度（%）: 100 when done; the recorded figure, or null
 * @param progress        the progress class
 * @param progressInWords the progress class in words ({@code 反弹}, {@code 已完成整治} …)
 * @param closeOut        销号情况: {@code 合规销号}, {@code 违规销号：…} with the conditions missing, or empty when not closed
 */
public record DisclosedProblem(int serialNo, String location, String sourceName, String sourceClass, String zoneType,
                               String problemType, String description, String measures, String deadline,
                               String progressNotes, String done, @Nullable BigDecimal progressPercent, ProblemProgress progress,
                               String progressInWords, String closeOut) {
}
