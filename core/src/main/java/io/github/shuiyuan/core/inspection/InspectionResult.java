package io.github.shuiyuan.core.inspection;

import io.github.shuiyuan.core.Required;
import org.jspecify.annotations.Nullable;

/**
 * What one inspection found about one problem; inside a LOOK_BACK inspection it is a look-back result.
 *
 * <p>Immutable and thread-safe.
 */
public record InspectionResult(@Required String problemId, @Required LookBackOutcome outcome, @Nullable String note) {
}
