package org.raschet.core.consumption;

import java.time.LocalDate;
import java.util.Objects;
import org.raschet.core.consumption.internal.Engine;
import org.raschet.core.error.InvalidMeterException;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.MissingPolicyInputException;
import org.raschet.core.error.ReadingException;
import org.raschet.core.protocol.ProtocolSink;
import org.threeten.extra.LocalDateRange;

/**
 * The per-day consumption engine (объём потребления по дням): the volume of every day of a range for one service of
 * one account, as known on a date — measured between readings, forecast where readings are missing, by the
 * normative where the law says so (354 p.42, p.59, p.60; LEGAL §2–§4).
 *
 * <p>How it works:
 * <ul>
 *   <li>Only what was known on {@code asKnownOn} is used (see {@link ServiceInputs} for the knowledge dates), so
 *       any figure billed on a date can be reproduced later.</li>
 *   <li>Readings of each register of each meter are accepted by the {@link ReadingPriorityPolicy}: one per day (the
 *       highest rank, then the latest known), a higher-ranked reading overrules contradicting earlier readings of
 *       lower rank (they stay in {@link ServiceConsumption#readings()} as {@link ReadingStatus#OVERRULED}), and a
 *       decrease with no rollover ({@link RolloverPolicy}), replacement or overrule is an error. Readings taken while
 *       the meter is out of order, or consumer readings during a refused access, are not accepted.</li>
 *   <li>The volume between consecutive accepted readings on D1 and D2 covers the days D1+1 … D2 and is spread over
 *       them by cumulative rounding: day i of m gets round(V·i/m) − round(V·(i−1)/m), so the days sum exactly to V
 *       and every contiguous span is within one 10⁻⁶ unit of its exact share; with a {@link DailyProfile} the same
 *       with cumulative weights, round(V·Cᵢ/W) − round(V·Cᵢ₋₁/W).</li>
 *   <li>Every other day of the range is a gap: the {@link ForecastCase} follows from the meter's state that day
 *       (out of order, access refused, or simply no readings); within the case's limit (for case (a) in a
 *       non-residential premise, the policy's non-residential limit) the day gets its share of the average monthly
 *       volume formed as {@link ForecastPolicy} describes; past the limit, or without enough history, the
 *       normative: residents that day × the day's cumulative share of the normative per resident per month, on
 *       register {@link org.raschet.core.meter.Register#TOTAL}.</li>
 *   <li>Two refused accesses to install or check an electricity meter (acts of the meters or of the service):
 *       from the first day of the billing period of the second act until access is given, the normative in
 *       {@link CoefficientClass#REPEATED_REFUSAL} (354 p.60(3)).</li>
 *   <li>Meters of several metering points in parallel ({@link ServiceInputs#meteringPoints()}): each point as
 *       above, and the service is their sum; a day one point must bill by the normative is billed by the
 *       normative for the whole service, once, and no point adds its own volume that day ({@link PointDays}).</li>
 * </ul>
 * The protocol (when {@code sink} is enabled) shows the rejected readings, each interval's volume, each average
 * with the months averaged, each period's parts with their cumulative-share formulas and running sums, and the
 * anomaly flags. Pure: the same inputs in any order give an equal result.
 */
public final class PerDayConsumption {
    private PerDayConsumption() {
    }

    /**
     * The consumption of the service over {@code range} as known on {@code asKnownOn}.
     *
     * @param inputs    the service's meters, readings, premise and normative
     * @param range     the days wanted, bounded and not empty (usually whole billing periods)
     * @param asKnownOn the knowledge date
     * @param policies  the policies applied
     * @param sink      where the protocol goes ({@link ProtocolSink#NONE} for none)
     * @return the per-day volumes and bases, periods, intervals, averages, reading outcomes and flags
     * @throws ReadingException            on a reading of an unknown meter or register, outside the meter's service,
     *                                     beyond its capacity, conflicting on one day, or decreasing unexplained
     * @throws InvalidMeterException       on meters of another service, given twice, or whose service overlaps
     * @throws MissingPolicyInputException if a day needs the normative and no residents or normative are given
     * @throws InvalidValueException       if the range is empty or unbounded, or a value overflows
     */
    public static ServiceConsumption compute(ServiceInputs inputs, LocalDateRange range, LocalDate asKnownOn,
                                             ConsumptionPolicies policies, ProtocolSink sink) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(asKnownOn, "asKnownOn");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(sink, "sink");
        return Engine.compute(inputs, range, asKnownOn, policies, sink);
    }
}
