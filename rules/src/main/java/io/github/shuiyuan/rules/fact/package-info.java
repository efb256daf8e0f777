/**
 * The facts rules see and the helpers they call: the as-of date and its windows, thresholds, the zone
 * table, problems (with their deadlines, rectification and close-out as of the date), plans and evidence
 * read as of the date, zones, graded samples, close-out conditions, {@link io.github.shuiyuan.rules.fact.Emit}
 * for making findings and {@link io.github.shuiyuan.rules.fact.ProblemWords} for naming a problem in them.
 * Domain records ({@code WaterSource}, {@code Plan}, {@code Evidence} …) are facts too. Nothing here is null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.rules.fact;

import org.jspecify.annotations.NullMarked;
