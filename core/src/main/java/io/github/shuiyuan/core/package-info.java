/**
 * The case file: one jurisdiction's snapshot of sources, problems, inspections, evidence, reports and
 * samples that an e-government platform hands to Shuiyuan, and the vocabulary shared by every module.
 */
package io.github.shuiyuan.core;
