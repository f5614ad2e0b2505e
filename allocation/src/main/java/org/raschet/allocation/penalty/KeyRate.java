package org.raschet.allocation.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * The Bank of Russia key rate (ключевая ставка) in force from a day, as a percentage a year with at most two
 * decimals, e.g. {@code 9.50}.
 *
 * @param from    the first day it is in force
 * @param through the last day, if the entry ends before the next one starts (a gap is an error); empty: until
 *                the next entry or, for the last, open-ended
 * @param percent   the rate, % a year
 * @param decidedOn the day of the Bank of Russia Board of Directors' decision that set it, if known (printed in
 *                  the protocol)
 */
public record KeyRate(LocalDate from, Optional<LocalDate> through, BigDecimal percent, Optional<LocalDate> decidedOn) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the rate is negative or finer than 0.01 %
     */
    public KeyRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (percent.signum() < 0 || percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "key rate", from,
                    "rate " + percent.toPlainString() + " % is negative or finer than 0.01 %", "key-rate.percent");
        }
    }

    /**
     * A rate from {@code from} until the next entry, set by the decision of {@code decidedOn}, e.g.
     * {@code of("2023-12-18", "16.00", "2023-12-15")}.
     */
    public static KeyRate of(String from, String percent, String decidedOn) {
        return new KeyRate(LocalDate.parse(from), Optional.empty(), new BigDecimal(percent),
                Optional.of(LocalDate.parse(decidedOn)));
    }

    /** A rate from {@code from} until the next entry, with no decision date. */
    public static KeyRate of(LocalDate from, BigDecimal percent) {
        return new KeyRate(from, Optional.empty(), percent, Optional.empty());
    }

    /** The rate in basis points (9.50 % → 950). */
    public long basisPoints() {
        return percent.movePointRight(2).longValueExact();
    }

    @Override
    public String toString() {
        return from + through.map(t -> ".." + t).orElse("") + " " + percent.toPlainString() + "%";
    }
}
