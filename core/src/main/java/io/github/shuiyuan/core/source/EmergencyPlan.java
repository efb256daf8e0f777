package io.github.shuiyuan.core.source;

import java.time.LocalDate;

/**
 * A source's emergency plan (应急预案): when it was filed and when it was last drilled.
 *
 * <p>Immutable and thread-safe.
 */
public record EmergencyPlan(LocalDate filedOn, LocalDate lastDrillOn) {
}
