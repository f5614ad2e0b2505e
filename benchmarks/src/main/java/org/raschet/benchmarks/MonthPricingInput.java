package org.raschet.benchmarks;

import java.time.YearMonth;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;

/**
 * One register's month to price: the month's volume, spread evenly over the month's days and priced at an old
 * price before {@code changeDay} and a new price from {@code changeDay} on (e.g. the indexation of 1 July, or any
 * day a regional tariff decision takes effect — LEGAL §10: any day must work).
 *
 * @param month     the billing month (28–31 days)
 * @param volume    the month's volume, not negative
 * @param changeDay the day of the month from which {@code newPrice} applies, {@code 1..month.lengthOfMonth()}; with
 *                  {@code 1} the old-price line is empty
 * @param oldPrice  the price for the days before {@code changeDay}, per the volume's unit
 * @param newPrice  the price for the days from {@code changeDay}, per the volume's unit
 */
public record MonthPricingInput(YearMonth month, Quantity volume, int changeDay, Price oldPrice, Price newPrice) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the volume is negative, the change day is outside the month, or a price is
     *                               not per the volume's unit
     */
    public MonthPricingInput {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(oldPrice, "oldPrice");
        Objects.requireNonNull(newPrice, "newPrice");
        if (volume.isNegative()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "month pricing " + month, month.atDay(1),
                    "volume " + volume + " is negative", "benchmark.month-volume-non-negative");
        }
        if (changeDay < 1 || changeDay > month.lengthOfMonth()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "month pricing " + month, month.atDay(1),
                    "price change day " + changeDay + " is outside 1.." + month.lengthOfMonth(),
                    "benchmark.change-day-within-month");
        }
        for (Price p : new Price[] {oldPrice, newPrice}) {
            if (p.per() != volume.unit()) {
                throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "month pricing " + month,
                        month.atDay(1), "price " + p + " is not per " + volume.unit().code() + " of the volume "
                                + volume, "price.same-unit");
            }
        }
    }
}
