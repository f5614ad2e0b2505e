package org.raschet.core.consumption;

import org.raschet.core.protocol.Note;

/**
 * Replaces missing readings (354 p.59, p.60; LEGAL §3): how the average monthly volume is formed, for how many
 * billing periods in a row each {@link ForecastCase} may use it, and whether the normative that follows carries the
 * increasing coefficient. Regions and contracts may supply their own; the protocol names the policy applied.
 *
 * <p>The average monthly volume is formed as follows (the same for every policy; only the counts vary): take the
 * last day with an actual volume before the gap; walk back over full calendar months, starting with that day's
 * month if the day is its last day, otherwise with the month before; take each month whose every day has an actual
 * volume by readings of the same meter and register, stopping at the first month that does not, or after
 * {@link #averageMonths()} months. With k months taken (k ≥ {@link #minimumMonths()}), A = round(S / k, 6) half-up,
 * S being the sum of their per-day volumes; with fewer, the meter is too new and the normative applies (p.59(1)).
 * Day i of a month of n days billed by the average gets round(A·i/n, 6) − round(A·(i−1)/n, 6), so a full month
 * gets A exactly and a partial month its days' share.
 */
public interface ForecastPolicy {
    /**
     * Federal default (LEGAL §3): the average of 6 months (a newer meter: its actual period, at least 3); limits 3
     * periods for an owner's meter out of order (p.59(a)), 6 for no readings (p.59(b); several sources say 3, see
     * {@link ForecastRules#NO_READINGS_3}), 3 for no access (p.59(c)); then the normative, with the increasing
     * coefficient in cases (a) and (c) and without it in case (b) (p.60); a household electricity meter the
     * supplier must replace keeps the average until the new meter is in service (p.59(г)).
     */
    ForecastPolicy FEDERAL = ForecastRules.FEDERAL;

    /** The number of full months averaged when available (6). */
    int averageMonths();

    /** The fewest full months that still give an average (3); fewer gives the normative (p.59(1)). */
    int minimumMonths();

    /**
     * The most billing periods in a row the case may be billed by the average; {@code 0} means no limit
     * ({@link ForecastCase#SUPPLIER_REPLACEMENT}).
     */
    int limit(ForecastCase forecastCase);

    /** Whether the normative that follows the limit carries the increasing coefficient (p.60). */
    boolean coefficientAfterLimit(ForecastCase forecastCase);

    /**
     * Whether an out-of-order meter that the supplier must replace ({@link org.raschet.core.meter.Meter#replacedBySupplier()})
     * keeps the average until the new meter is in service (p.59(г)) rather than case (a).
     */
    boolean supplierReplacementUnlimited();

    /** The note naming this policy in the protocol ({@code policy:forecast...}). */
    Note note();
}
