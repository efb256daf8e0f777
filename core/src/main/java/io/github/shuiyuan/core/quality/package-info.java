/**
 * Water-quality samples and their grading against the national limits tables (GB 3838-2002, GB/T 14848-2017).
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.quality;

import org.jspecify.annotations.NullMarked;
