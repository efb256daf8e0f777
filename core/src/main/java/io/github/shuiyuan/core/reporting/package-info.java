/** Reporting and accountability: monthly reports, summaries, disclosures and decided measures. */
package io.github.shuiyuan.core.reporting;
