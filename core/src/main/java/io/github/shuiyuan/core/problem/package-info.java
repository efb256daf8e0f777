/**
 * Environmental problems (环境问题) on the master list and the plans that fix them (治).
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.problem;

import org.jspecify.annotations.NullMarked;
