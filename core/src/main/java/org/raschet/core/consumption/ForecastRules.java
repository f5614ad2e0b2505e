package org.raschet.core.consumption;

import java.util.Objects;
import org.raschet.core.protocol.Note;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

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
 * @param limitOutOfOrderNonResidential periods by the average in case (a) when the premise is not residential, ≥ 0
 *                                      (LEGAL §3: 2, check; equal to {@code limitOutOfOrder} to make no
 *                                      difference)
 * @param repeatedRefusals             refused accesses to install or check an electricity meter that start the
 *                                     normative with the coefficient of p.60(3), ≥ 0 (2; 0 = never)
 */
public record ForecastRules(String id, int averageMonths, int minimumMonths, int limitOutOfOrder,
                            int limitNoReadings, int limitNoAccess, boolean coefficientOutOfOrder,
                            boolean coefficientNoReadings, boolean coefficientNoAccess,
                            boolean supplierReplacementUnlimited, int limitOutOfOrderNonResidential,
                            int repeatedRefusals) implements ForecastPolicy {
    /**
     * The limit of case (a) for a non-residential premise in the federal default: 2 periods (LEGAL §3, "check":
     * the wording was not confirmed against an official text; {@link #NON_RESIDENTIAL_3} makes no difference).
     */
    public static final int NON_RESIDENTIAL_OUT_OF_ORDER_LIMIT = 2;

    /** The federal default (LEGAL §3); see {@link ForecastPolicy#FEDERAL}. */
    public static final ForecastRules FEDERAL = new ForecastRules("federal", 6, 3, 3, 6, 3, true, false, true, true,
            NON_RESIDENTIAL_OUT_OF_ORDER_LIMIT, 2);

    /** The federal default, except that case (b) is limited to 3 periods (the reading some sources give). */
    public static final ForecastRules NO_READINGS_3 = new ForecastRules("federal.no-readings-3", 6, 3, 3, 3, 3, true,
            false, true, true, NON_RESIDENTIAL_OUT_OF_ORDER_LIMIT, 2);

    /** The federal default, except that a non-residential premise has the residential limit of 3 in case (a). */
    public static final ForecastRules NON_RESIDENTIAL_3 = new ForecastRules("federal.non-residential-3", 6, 3, 3, 6,
            3, true, false, true, true, 3, 2);

    /**
     * Validates the numbers.
     *
     * @throws InvalidValueException if a count is out of range
     */
    public ForecastRules {
        Objects.requireNonNull(id, "id");
        if (averageMonths < 1 || minimumMonths < 1 || minimumMonths > averageMonths) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "forecast policy", null, "forecast policy " + id + ": months " + minimumMonths + ".."
                    + averageMonths + " are not 1 ≤ minimum ≤ average", "policy.forecast-parameters");
        }
        if (limitOutOfOrder < 0 || limitNoReadings < 0 || limitNoAccess < 0 || limitOutOfOrderNonResidential < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "forecast policy", null, "forecast policy " + id + ": a period limit is negative", "policy.forecast-parameters");
        }
        if (repeatedRefusals < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "forecast policy", null, "forecast policy " + id + ": refusal count " + repeatedRefusals
                    + " is negative", "policy.forecast-parameters");
        }
    }

    /**
     * Rules with the same limit of case (a) for every premise and the federal count of refused accesses (the form
     * before the non-residential limit and p.60(3) were modelled).
     *
     * @throws InvalidValueException if a count is out of range
     */
    public ForecastRules(String id, int averageMonths, int minimumMonths, int limitOutOfOrder, int limitNoReadings,
                         int limitNoAccess, boolean coefficientOutOfOrder, boolean coefficientNoReadings,
                         boolean coefficientNoAccess, boolean supplierReplacementUnlimited) {
        this(id, averageMonths, minimumMonths, limitOutOfOrder, limitNoReadings, limitNoAccess, coefficientOutOfOrder,
                coefficientNoReadings, coefficientNoAccess, supplierReplacementUnlimited, limitOutOfOrder, 2);
    }

    @Override
    public int limit(ForecastCase forecastCase) {
        return switch (forecastCase) {
            case OUT_OF_ORDER -> limitOutOfOrder;
            case NO_READINGS -> limitNoReadings;
            case NO_ACCESS -> limitNoAccess;
            case SUPPLIER_REPLACEMENT, NO_METER, REPEATED_REFUSAL -> 0;
        };
    }

    @Override
    public int limit(ForecastCase forecastCase, boolean residential) {
        return forecastCase == ForecastCase.OUT_OF_ORDER && !residential ? limitOutOfOrderNonResidential
                : limit(forecastCase);
    }

    @Override
    public boolean coefficientAfterLimit(ForecastCase forecastCase) {
        return switch (forecastCase) {
            case OUT_OF_ORDER -> coefficientOutOfOrder;
            case NO_READINGS -> coefficientNoReadings;
            case NO_ACCESS -> coefficientNoAccess;
            case SUPPLIER_REPLACEMENT, REPEATED_REFUSAL -> false;
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
