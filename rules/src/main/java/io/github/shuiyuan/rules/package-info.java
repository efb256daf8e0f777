/**
 * The compliance engine: build it once ({@link io.github.shuiyuan.rules.ComplianceEngine#bundled()} or
 * {@link io.github.shuiyuan.rules.ComplianceEngine#builder()}), then assess case files as of a date, from many
 * threads; results are {@link io.github.shuiyuan.rules.Assessment}s. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.rules;

import org.jspecify.annotations.NullMarked;
