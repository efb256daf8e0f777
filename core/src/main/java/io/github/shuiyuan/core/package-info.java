/**
 * The case file: one jurisdiction's snapshot of sources, problems, inspections, evidence, reports and
 * samples that an e-government platform hands to Shuiyuan, and the vocabulary shared by every module.
 * Nothing here is null unless marked {@code @Nullable}; a component marked
 * {@link io.github.shuiyuan.core.Required @Required} is never null in a record that a builder built or that passed
 * {@link io.github.shuiyuan.core.validation.CaseFileValidator} (the canonical constructors do not check it).
 */
@NullMarked
package io.github.shuiyuan.core;

import org.jspecify.annotations.NullMarked;
