/**
 * The case-file JSON: one configured Jackson setup, strict validation with paths, codes and Chinese messages.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.json;

import org.jspecify.annotations.NullMarked;
