package org.raschet.examples.scenario.input;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.consumption.AnomalyThresholds;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * The anomaly thresholds a scenario sets: those of {@link AnomalyThresholds}, with the floors as plain numbers
 * that take the unit of each service they are applied to.
 *
 * @param jumpPercent            a jump above this percentage of the expected volume
 * @param dropPercent            a drop below this percentage of the expected volume
 * @param longGapDays            a long gap: more days than this
 * @param floorPerResidentPerDay a floor per resident per day in the service's unit, if checked (≤ 6 decimals)
 * @param floorPerAreaPerDay     a floor per m² per day in the service's unit, if checked (≤ 6 decimals)
 */
public record AnomalySettings(int jumpPercent, int dropPercent, int longGapDays,
                              Optional<BigDecimal> floorPerResidentPerDay, Optional<BigDecimal> floorPerAreaPerDay) {
    /** Raschet's defaults ({@link AnomalyThresholds#DEFAULT}): jump above 300 %, drop below 30 %, gap over 92 days. */
    public static final AnomalySettings DEFAULT = new AnomalySettings(AnomalyThresholds.DEFAULT.jumpPercent(),
            AnomalyThresholds.DEFAULT.dropPercent(), AnomalyThresholds.DEFAULT.longGapDays(), Optional.empty(),
            Optional.empty());

    /** Validates the parts. */
    public AnomalySettings {
        Objects.requireNonNull(floorPerResidentPerDay, "floorPerResidentPerDay");
        Objects.requireNonNull(floorPerAreaPerDay, "floorPerAreaPerDay");
    }

    /** The thresholds for a service measured in {@code unit}. */
    public AnomalyThresholds thresholds(Unit unit) {
        return new AnomalyThresholds(jumpPercent, dropPercent, longGapDays,
                floorPerResidentPerDay.map(f -> Quantity.of(f, unit)), floorPerAreaPerDay.map(f -> Quantity.of(f, unit)));
    }
}
