/**
 * The compliance engine: build it once ({@link io.github.shuiyuan.rules.ComplianceEngine#builder()}),
 * then assess case files as of a date, from many threads; results are {@link io.github.shuiyuan.rules.Assessment}s.
 */
package io.github.shuiyuan.rules;
