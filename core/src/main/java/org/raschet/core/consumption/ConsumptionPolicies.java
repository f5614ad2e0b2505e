package org.raschet.core.consumption;

import java.util.Objects;

/**
 * The policies the per-day engine applies, passed explicitly (DESIGN principle 7).
 *
 * @param priority   which reading source outranks which
 * @param rollover   whether a decrease may be a register rollover
 * @param forecast   how missing readings are replaced (354 p.59, p.60)
 * @param thresholds anomaly thresholds
 * @param profile    the daily profile by which intervals between readings are spread over their days (LEGAL §2;
 *                   {@link DailyProfile#EQUAL} by default)
 */
public record ConsumptionPolicies(ReadingPriorityPolicy priority, RolloverPolicy rollover, ForecastPolicy forecast,
                                  AnomalyThresholds thresholds, DailyProfile profile) {
    /**
     * Federal defaults: {@link ReadingPriorityPolicy#FEDERAL}, {@link RolloverPolicy#BELOW_HALF_CAPACITY},
     * {@link ForecastPolicy#FEDERAL}, {@link AnomalyThresholds#DEFAULT}, {@link DailyProfile#EQUAL}.
     */
    public static final ConsumptionPolicies FEDERAL = new ConsumptionPolicies(ReadingPriorityPolicy.FEDERAL,
            RolloverPolicy.BELOW_HALF_CAPACITY, ForecastPolicy.FEDERAL, AnomalyThresholds.DEFAULT,
            DailyProfile.EQUAL);

    /** Validates the parts. */
    public ConsumptionPolicies {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(rollover, "rollover");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(profile, "profile");
    }

    /** Policies with equal daily weights ({@link DailyProfile#EQUAL}). */
    public ConsumptionPolicies(ReadingPriorityPolicy priority, RolloverPolicy rollover, ForecastPolicy forecast,
                               AnomalyThresholds thresholds) {
        this(priority, rollover, forecast, thresholds, DailyProfile.EQUAL);
    }

    /** These policies with another forecast policy. */
    public ConsumptionPolicies withForecast(ForecastPolicy forecast) {
        return new ConsumptionPolicies(priority, rollover, forecast, thresholds, profile);
    }

    /** These policies with another rollover policy. */
    public ConsumptionPolicies withRollover(RolloverPolicy rollover) {
        return new ConsumptionPolicies(priority, rollover, forecast, thresholds, profile);
    }

    /** These policies with other anomaly thresholds. */
    public ConsumptionPolicies withThresholds(AnomalyThresholds thresholds) {
        return new ConsumptionPolicies(priority, rollover, forecast, thresholds, profile);
    }

    /** These policies with another daily profile. */
    public ConsumptionPolicies withProfile(DailyProfile profile) {
        return new ConsumptionPolicies(priority, rollover, forecast, thresholds, profile);
    }
}
