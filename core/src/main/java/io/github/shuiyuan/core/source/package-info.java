/**
 * Water sources (水源地) and their protection zones (保护区): what is delineated (划) and marked (立).
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.source;

import org.jspecify.annotations.NullMarked;
