/**
 * JMH benchmarks, each beside the floor it is measured against: the Drools rules beside the same rules in
 * plain Java, the case-file reader beside Jackson's bare token stream. Run them with
 * {@code java -jar benchmarks/target/benchmarks.jar}; see {@code docs/performance.md}.
 */
package io.github.shuiyuan.benchmarks;
