/**
 * Reporting and accountability: monthly reports, summaries, disclosures and decided measures.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.reporting;

import org.jspecify.annotations.NullMarked;
