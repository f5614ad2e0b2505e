package org.raschet.core.consumption;

import java.util.Objects;
import org.raschet.core.protocol.Note;

/**
 * A {@link ForecastPolicy} given by its numbers, so a region, contract or scenario can state its own.
 *
 * @param id                           the policy's identifier, shown as {@code policy:forecast.<id>}
 * @param averageMonths                full months averaged when available, ≥ 1
 * @param minimumMonths                fewest full months that give an average, 1 … averageMonths
 * @param limitOutOfOrder              periods by the average in case (a), ≥ 0
 * @param limitNoReadings              periods by the average in case (b), ≥ 0
 * @param limitNoAccess                periods by the average in case (c), ≥ 0
 * @param coefficientOutOfOrder        the increasing coefficient after the limit in case (a)
 * @param coefficientNoReadings        the increasing coefficient after the limit in case (b)
 * @param coefficientNoAccess          the increasing coefficient after the limit in case (c)
 * @param supplierReplacementUnlimited p.59(г): the average with no limit for a meter the supplier must replace
 */
public record ForecastRules(String id, int averageMonths, int minimumMonths, int limitOutOfOrder,
                            int limitNoReadings, int limitNoAccess, boolean coefficientOutOfOrder,
                            boolean coefficientNoReadings, boolean coefficientNoAccess,
                            boolean supplierReplacementUnlimited) implements ForecastPolicy {
    /** The federal default (LEGAL §3); see {@link ForecastPolicy#FEDERAL}. */
    public static final ForecastRules FEDERAL = new ForecastRules("federal", 6, 3, 3, 6, 3, true, false, true, true);

    /** The federal default, except that case (b) is limited to 3 periods (the reading some sources give). */
    public static final ForecastRules NO_READINGS_3 = new ForecastRules("federal.no-readings-3", 6, 3, 3, 3, 3, true,
            false, true, true);

    /**
     * Validates the numbers.
     *
     * @throws IllegalArgumentException if a count is out of range
     */
    public ForecastRules {
        Objects.requireNonNull(id, "id");
        if (averageMonths < 1 || minimumMonths < 1 || minimumMonths > averageMonths) {
            throw new IllegalArgumentException("forecast policy " + id + ": months " + minimumMonths + ".."
                    + averageMonths + " are not 1 ≤ minimum ≤ average");
        }
        if (limitOutOfOrder < 0 || limitNoReadings < 0 || limitNoAccess < 0) {
            throw new IllegalArgumentException("forecast policy " + id + ": a period limit is negative");
        }
    }

    @Override
    public int limit(ForecastCase forecastCase) {
        return switch (forecastCase) {
            case OUT_OF_ORDER -> limitOutOfOrder;
            case NO_READINGS -> limitNoReadings;
            case NO_ACCESS -> limitNoAccess;
            case SUPPLIER_REPLACEMENT, NO_METER -> 0;
        };
    }

    @Override
    public boolean coefficientAfterLimit(ForecastCase forecastCase) {
        return switch (forecastCase) {
            case OUT_OF_ORDER -> coefficientOutOfOrder;
            case NO_READINGS -> coefficientNoReadings;
            case NO_ACCESS -> coefficientNoAccess;
            case SUPPLIER_REPLACEMENT -> false;
            case NO_METER -> true;
        };
    }

    @Override
    public Note note() {
        return new Note("policy:forecast." + id,
                "политика: среднемесячный объём за " + averageMonths + " мес. (не менее " + minimumMonths
                        + "), не более " + limitOutOfOrder + " / " + limitNoReadings + " / " + limitNoAccess
                        + " периодов в случаях п. 59(а) / (б) / (в), затем норматив"
                        + (supplierReplacementUnlimited ? "; п. 59(г) — до ввода нового прибора учёта" : ""),
                "policy: average monthly volume of " + averageMonths + " months (at least " + minimumMonths
                        + "), at most " + limitOutOfOrder + " / " + limitNoReadings + " / " + limitNoAccess
                        + " periods in cases p. 59(a) / (b) / (c), then the normative"
                        + (supplierReplacementUnlimited ? "; p. 59(g) — until the new meter is in service" : ""));
    }
}
