package org.raschet.core.ledger;

import java.time.YearMonth;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.raschet.core.account.AccountId;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.meter.Register;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.threeten.extra.LocalDateRange;

/**
 * A charge line (строка начисления): one account, service, billing period, register or zone, kind, and one
 * contiguous span of days at one price. Its amount is the exact quantity × price rounded once (LEGAL §11).
 *
 * <p>A correction carries the period it corrects as {@code period} and the period it was issued in as
 * {@code issuedIn}; for other lines both are equal.
 *
 * @param account  the account billed
 * @param service  the service (resource)
 * @param period   the billing period the line belongs to (for corrections: the period corrected)
 * @param issuedIn the period in which the line was issued
 * @param register the register or zone priced
 * @param kind     what it bills
 * @param span     the days covered, within {@code period}
 * @param quantity the exact quantity (negative for a correction downwards)
 * @param price    the price applied
 * @param amount   the amount, in minor units already rounded
 */
public record ChargeLine(AccountId account, Resource service, YearMonth period, YearMonth issuedIn,
                         Register register, ChargeKind kind, LocalDateRange span, Quantity quantity, Price price,
                         MonetaryAmount amount) {
    /**
     * Validates the parts.
     *
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the span leaves the period or
     *                               the line is issued before the period it bills,
     *                               {@link ErrorCode#VALUE_UNIT_MISMATCH} if the quantity's unit is not the price's
     *                               or the amount's currency is not the price's,
     *                               {@link ErrorCode#VALUE_TOO_PRECISE} if the amount is finer than the minor unit
     *                               (it is rounded once, before the line is built)
     */
    public ChargeLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(issuedIn, "issuedIn");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(amount, "amount");
        if (span.getStart().isBefore(period.atDay(1)) || span.getEnd().isAfter(period.plusMonths(1).atDay(1))) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, span.getStart(),
                    "span " + span + " leaves the period " + period, "charge-line.span-within-period");
        }
        if (issuedIn.isBefore(period)) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "account " + account, span.getStart(),
                    "line for " + period + " is issued in the earlier period " + issuedIn,
                    "charge-line.issued-not-before-period");
        }
        // the amount must be whole minor units: it was rounded once by the line's rule (LEGAL §11)
        String amountText = Amounts.format(amount);
        if (quantity.unit() != price.per() || !amount.getCurrency().equals(price.currency())) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "account " + account, span.getStart(),
                    "quantity " + quantity + ", price " + price + " and amount " + amountText
                            + " disagree in unit or currency", "charge-line.consistent-units");
        }
    }

    /**
     * The amount in minor units (kopecks).
     *
     * @return the exact amount in minor units
     */
    public long amountMinor() {
        return Amounts.toMinor(amount);
    }
}
