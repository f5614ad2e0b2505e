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
 * @param normativeRefusal   the part of {@code normative} that pricing multiplies by the coefficient for repeated
 *                           refusal of access (354 p.60(3))
 */
public record PeriodVolume(YearMonth period, Register register, LocalDateRange days, Quantity total,
                           Quantity actual, Quantity average, Quantity normative, Quantity normativeIncreased,
                           Quantity normativeRefusal) {
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
        Objects.requireNonNull(normativeRefusal, "normativeRefusal");
    }

    /** A period volume with no part under the coefficient for repeated refusal. */
    public PeriodVolume(YearMonth period, Register register, LocalDateRange days, Quantity total, Quantity actual,
                        Quantity average, Quantity normative, Quantity normativeIncreased) {
        this(period, register, days, total, actual, average, normative, normativeIncreased,
                Quantity.zero(total.unit()));
    }

    /**
     * The part billed in the class {@code increasingCoefficient}: the normative with the increasing coefficient, or
     * the part with no coefficient at all (the total less both coefficient classes).
     */
    public Quantity inClass(boolean increasingCoefficient) {
        return inClass(increasingCoefficient ? CoefficientClass.INCREASING : CoefficientClass.NONE);
    }

    /** The part billed in {@code coefficientClass}; the three classes sum to the total. */
    public Quantity inClass(CoefficientClass coefficientClass) {
        return switch (coefficientClass) {
            case INCREASING -> normativeIncreased;
            case REPEATED_REFUSAL -> normativeRefusal;
            case NONE -> total.minus(normativeIncreased).minus(normativeRefusal);
        };
    }
}
