package io.github.shuiyuan.core.source;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A source's emergency plan (应急预案): when it was filed and when it was last drilled.
 *
 * <p>Immutable and thread-safe.
 */
public record EmergencyPlan(@Nullable LocalDate filedOn, @Nullable LocalDate lastDrillOn) {
}
