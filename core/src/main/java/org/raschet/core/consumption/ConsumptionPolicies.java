package org.raschet.core.consumption;

import java.util.Objects;

/**
 * The policies the per-day engine applies, passed explicitly (DESIGN principle 7).
 *
 * @param priority   which reading source outranks which
 * @param rollover   whether a decrease may be a register rollover
 * @param forecast   how missing readings are replaced (354 p.59, p.60)
 * @param thresholds anomaly thresholds
 */
public record ConsumptionPolicies(ReadingPriorityPolicy priority, RolloverPolicy rollover, ForecastPolicy forecast,
                                  AnomalyThresholds thresholds) {
    /**
     * Federal defaults: {@link ReadingPriorityPolicy#FEDERAL}, {@link RolloverPolicy#BELOW_HALF_CAPACITY},
     * {@link ForecastPolicy#FEDERAL}, {@link AnomalyThresholds#DEFAULT}.
     */
    public static final ConsumptionPolicies FEDERAL = new ConsumptionPolicies(ReadingPriorityPolicy.FEDERAL,
            RolloverPolicy.BELOW_HALF_CAPACITY, ForecastPolicy.FEDERAL, AnomalyThresholds.DEFAULT);

    /** Validates the parts. */
    public ConsumptionPolicies {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(rollover, "rollover");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** These policies with another forecast policy. */
    public ConsumptionPolicies withForecast(ForecastPolicy forecast) {
        return new ConsumptionPolicies(priority, rollover, forecast, thresholds);
    }

    /** These policies with another rollover policy. */
    public ConsumptionPolicies withRollover(RolloverPolicy rollover) {
        return new ConsumptionPolicies(priority, rollover, forecast, thresholds);
    }

    /** These policies with other anomaly thresholds. */
    public ConsumptionPolicies withThresholds(AnomalyThresholds thresholds) {
        return new ConsumptionPolicies(priority, rollover, forecast, thresholds);
    }
}
