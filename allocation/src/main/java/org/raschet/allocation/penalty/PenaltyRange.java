package org.raschet.allocation.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A range of consecutive days late of one portion of a debt, at one base, rate and fraction.
 *
 * @param from         the first day (calendar date)
 * @param through      the last day, inclusive
 * @param firstDayLate the number of {@code from} counted from the day after the due date (day 1)
 * @param lastDayLate  the number of {@code through}
 * @param kind         grace, accruing or moratorium
 * @param base         the debt the penalty accrues on
 * @param ratePercent  the penalty rate, % a year (zero where nothing accrues)
 * @param denominator  300 for days 31–90, 130 from day 91, 0 for the grace days
 * @param amount       the penalty for the range, kept to 10⁻¹⁰ of the currency (zero where nothing accrues)
 */
public record PenaltyRange(LocalDate from, LocalDate through, int firstDayLate, int lastDayLate, RangeKind kind,
                           MonetaryAmount base, BigDecimal ratePercent, int denominator, BigDecimal amount) {
    /** Validates the parts. */
    public PenaltyRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(amount, "amount");
    }

    /** The number of days, {@code lastDayLate − firstDayLate + 1}. */
    public int days() {
        return lastDayLate - firstDayLate + 1;
    }
}
