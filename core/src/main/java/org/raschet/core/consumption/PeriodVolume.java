package org.raschet.core.consumption;

import java.time.YearMonth;
import java.util.Objects;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.threeten.extra.LocalDateRange;

/**
 * The volume of one register in one billing period (the part of the period within the computed range), by basis.
 *
 * @param period             the billing period (calendar month, 354 p.37)
 * @param register           the register
 * @param days               the days of the period within the range
 * @param total              the sum of its days
 * @param actual             the part by readings
 * @param average            the part by the average monthly volume
 * @param normative          the part by the normative (with or without the coefficient)
 * @param normativeIncreased the part of {@code normative} that pricing multiplies by the increasing coefficient
 */
public record PeriodVolume(YearMonth period, Register register, LocalDateRange days, Quantity total,
                           Quantity actual, Quantity average, Quantity normative, Quantity normativeIncreased) {
    /** Validates the parts. */
    public PeriodVolume {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(normative, "normative");
        Objects.requireNonNull(normativeIncreased, "normativeIncreased");
    }

    /**
     * The part billed in the class {@code increasingCoefficient}: the normative with the coefficient, or all the
     * rest.
     */
    public Quantity inClass(boolean increasingCoefficient) {
        return increasingCoefficient ? normativeIncreased : total.minus(normativeIncreased);
    }
}
