/**
 * The government's paperwork: the look-back form (回头看情况统计表) written and checked, the supervision
 * workbook, the problem ledger (附表1) exported and imported, and the monthly public disclosure. Entry points:
 * {@link io.github.shuiyuan.report.LookBackForm}, {@link io.github.shuiyuan.report.SupervisionWorkbook},
 * {@link io.github.shuiyuan.report.Ledger}, {@link io.github.shuiyuan.report.PublicDisclosure}. Nothing here is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.report;

import org.jspecify.annotations.NullMarked;
