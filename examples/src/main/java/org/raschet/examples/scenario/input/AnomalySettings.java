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
 * @param seasonalJumpPercent    a seasonal jump above this percentage of the same months of the previous year
 * @param seasonalDropPercent    a seasonal drop below this percentage of the same months of the previous year
 */
public record AnomalySettings(int jumpPercent, int dropPercent, int longGapDays,
                              Optional<BigDecimal> floorPerResidentPerDay, Optional<BigDecimal> floorPerAreaPerDay,
                              int seasonalJumpPercent, int seasonalDropPercent) {
    /**
     * Raschet's defaults ({@link AnomalyThresholds#DEFAULT}): jump above 300 %, drop below 30 %, gap over 92 days; against
     * the same months of the previous year, jump above 200 %, drop below 50 %.
     */
    public static final AnomalySettings DEFAULT = new AnomalySettings(AnomalyThresholds.DEFAULT.jumpPercent(),
            AnomalyThresholds.DEFAULT.dropPercent(), AnomalyThresholds.DEFAULT.longGapDays(), Optional.empty(),
            Optional.empty(), AnomalyThresholds.DEFAULT.seasonalJumpPercent(),
            AnomalyThresholds.DEFAULT.seasonalDropPercent());

    /** Validates the parts. */
    public AnomalySettings {
        Objects.requireNonNull(floorPerResidentPerDay, "floorPerResidentPerDay");
        Objects.requireNonNull(floorPerAreaPerDay, "floorPerAreaPerDay");
    }

    /** Settings with the default seasonal thresholds (the form before the seasonal comparison). */
    public AnomalySettings(int jumpPercent, int dropPercent, int longGapDays,
                           Optional<BigDecimal> floorPerResidentPerDay, Optional<BigDecimal> floorPerAreaPerDay) {
        this(jumpPercent, dropPercent, longGapDays, floorPerResidentPerDay, floorPerAreaPerDay,
                AnomalyThresholds.DEFAULT_SEASONAL_JUMP_PERCENT, AnomalyThresholds.DEFAULT_SEASONAL_DROP_PERCENT);
    }

    /** The thresholds for a service measured in {@code unit}, the seasonal ones included. */
    public AnomalyThresholds thresholds(Unit unit) {
        return new AnomalyThresholds(jumpPercent, dropPercent, longGapDays,
                floorPerResidentPerDay.map(f -> Quantity.of(f, unit)), floorPerAreaPerDay.map(f -> Quantity.of(f, unit)),
                seasonalJumpPercent, seasonalDropPercent);
    }
}
