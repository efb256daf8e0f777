/**
 * Synthetic but valid case files at any scale — a province with hundreds or thousands of sources — for
 * benchmarks and load tests. Deterministic: the same number of sources and seed give the same bytes.
 */
package io.github.shuiyuan.examples.generate;
