package org.raschet.core.money;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;

/**
 * A price per unit of a resource with four decimals (₽/kWh), e.g. {@code 5.6700 RUB/kWh}. Value type.
 *
 * @param e4       the price in 10⁻⁴ of the currency's major unit per unit
 * @param currency the currency
 * @param per      the unit priced
 */
public record Price(long e4, CurrencyUnit currency, Unit per) {
    /** Digits after the decimal point that a price keeps. */
    public static final int SCALE = 4;

    /** Validates the parts. */
    public Price {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(per, "per");
    }

    /**
     * The exact price {@code value} of {@code currency} per {@code unit}.
     *
     * @throws InvalidValueException if finer than 10⁻⁴
     */
    public static Price of(BigDecimal value, CurrencyUnit currency, Unit per) {
        BigDecimal scaled = value.movePointRight(SCALE);
        if (scaled.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, "price", null,
                    "price " + value.toPlainString() + " " + currency.getCurrencyCode() + "/" + per
                            + " is finer than 10^-4", "price.scale-4");
        }
        try {
            return new Price(scaled.longValueExact(), currency, per);
        } catch (ArithmeticException e) {
            throw Exact.overflow("price", value.toPlainString());
        }
    }

    /** A ruble price given as decimal text, e.g. {@code rub("5.67", Unit.KWH)}. */
    public static Price rub(String value, Unit per) {
        return of(new BigDecimal(value.trim()), Amounts.RUB, per);
    }

    /**
     * The charge {@code quantity × this}, rounded once by {@code rule}, in minor units of the currency
     * (354, App. 2, formula 1: P = V × T). Exact for any line size: the product is never truncated.
     *
     * @throws InvalidValueException if the units differ, the rule's scale is not the currency's minor unit,
     *                               or the result overflows
     */
    public long chargeMinor(Quantity quantity, RoundingRule rule) {
        if (quantity.unit() != per) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "price " + this, null,
                    "cannot price " + quantity + " at a price per " + per, "price.same-unit");
        }
        int digits = currency.getDefaultFractionDigits();
        if (rule.scale() != digits) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "rounding rule " + rule.source(), null,
                    "scale " + rule.scale() + " is not the minor unit scale " + digits + " of "
                            + currency.getCurrencyCode(), "rounding.minor-units");
        }
        // micros (10^-6) × e4 (10^-4) = 10^-10 of the major unit; keep `digits` of them
        return Exact.multiplyScaled(quantity.micros(), e4, Quantity.SCALE + SCALE - digits, rule.mode(),
                "charge " + quantity + " × " + this);
    }

    /** The exact decimal price. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(e4, SCALE);
    }

    /** Canonical text, e.g. {@code "5.6700 RUB/kWh"}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + " " + currency.getCurrencyCode() + "/" + per.code();
    }

}
