package org.raschet.core.consumption;

import java.math.BigDecimal;
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
     * supplier must replace keeps the average until the new meter is in service (p.59(г)); a non-residential
     * premise has 2 periods in case (a); two refused accesses to an electricity meter start p.60(3). Equal to
     * {@link ForecastRules#FEDERAL}.
     */
    // built here rather than read from ForecastRules.FEDERAL: this interface has default methods, so initialising
    // ForecastRules initialises it first, and a read of ForecastRules.FEDERAL would then see null (JLS 12.4.2)
    ForecastPolicy FEDERAL = new ForecastRules("federal", 6, 3, 3, 6, 3, true, false, true, true,
            ForecastRules.NON_RESIDENTIAL_OUT_OF_ORDER_LIMIT, 2);

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

    /**
     * The coefficient of 354 p.60(3) (LEGAL §3): after two refused accesses to install or check an electricity
     * meter, the normative charge is multiplied by 1.5. Pricing applies it to the days of class
     * {@link CoefficientClass#REPEATED_REFUSAL}; consumption only marks them.
     */
    BigDecimal REPEATED_REFUSAL_COEFFICIENT = new BigDecimal("1.5");

    /**
     * The limit of {@link #limit(ForecastCase)} for a premise that is residential or not: case (a) in a
     * non-residential premise may have a shorter limit (LEGAL §3: 2 periods, check). The default ignores the
     * difference.
     */
    default int limit(ForecastCase forecastCase, boolean residential) {
        return limit(forecastCase);
    }

    /**
     * How many refused accesses to install or check an electricity meter start the normative with the coefficient
     * of p.60(3) (the federal rule: 2, from the period of the second refusal act); {@code 0} never applies it. The
     * rule speaks of electricity meters: other services are not affected.
     */
    default int repeatedRefusals() {
        return 2;
    }

    /** The note the protocol shows where the non-residential limit of case (a) applied. */
    default Note nonResidentialNote() {
        int n = limit(ForecastCase.OUT_OF_ORDER, false);
        return new Note("policy:forecast.non-residential",
                "политика: в нежилом помещении случай п. 59(а) — не более " + n + " периодов, затем норматив",
                "policy: in a non-residential premise case p. 59(a) — at most " + n + " periods, then the normative");
    }

    /** The note the protocol shows where the rule of p.60(3) applied. */
    default Note repeatedRefusalNote() {
        int n = repeatedRefusals();
        return new Note("policy:forecast.repeated-refusal",
                "политика: после " + n + "-го недопуска к установке или проверке прибора учёта электрической энергии"
                        + " — норматив с коэффициентом 1,5 с расчётного периода акта о повторном недопуске до"
                        + " обеспечения допуска (Правила № 354, п. 60(3))",
                "policy: after the " + n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th")
                        + " refused access to install or check an electricity meter — the normative with the"
                        + " coefficient 1.5 from the billing period of the repeated-refusal act until access is given"
                        + " (Rules No. 354, p. 60(3))");
    }
}
