/**
 * Inspections: routine patrols, look-backs (回头看), supervisory checks and sampling visits.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.inspection;

import org.jspecify.annotations.NullMarked;
