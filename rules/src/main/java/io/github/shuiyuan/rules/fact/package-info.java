/**
 * The facts rules see and the helpers they call: the as-of date and its windows, thresholds, the zone
 * table, problems, plans and evidence read as of the date, zones, graded samples, close-out conditions,
 * and {@link io.github.shuiyuan.rules.fact.Emit} for making findings. Domain records ({@code WaterSource},
 * {@code Plan}, {@code Evidence} …) are facts too.
 */
package io.github.shuiyuan.rules.fact;
