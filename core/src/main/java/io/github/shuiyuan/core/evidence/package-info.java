/**
 * Evidence (佐证材料): photos before and after, videos, plans, approvals, demolition records.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.evidence;

import org.jspecify.annotations.NullMarked;
