package io.github.shuiyuan.rules.fact;

import io.github.shuiyuan.core.problem.ProblemCategory;
import io.github.shuiyuan.core.source.ZoneLevel;

/**
 * One cell of the zone table ({@code zone-matrix.csv}): a problem category is forbidden or restricted
 * in a zone level, on a legal basis. Cells marked "–" have no fact: the category is allowed there.
 *
 * <p>Immutable and thread-safe.
 */
public record ZoneRule(ProblemCategory category, ZoneLevel level, Restriction restriction, String basis) {
}
