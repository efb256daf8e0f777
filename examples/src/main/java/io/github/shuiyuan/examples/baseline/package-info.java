/**
 * A few rules written again in plain Java — ZN-01/02, PRB-01, MON-01 and the close-out conditions — as
 * the floor the Drools engine is measured against, and a way to build an engine with only those rules.
 * For benchmarks and tests; the rules themselves live in DRL.
 */
package io.github.shuiyuan.examples.baseline;
