package org.raschet.core.money;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.split.Exact;

/**
 * Conversions between Moneta {@link MonetaryAmount} at the API and exact minor units (kopecks) inside.
 * Raschet formats amounts itself: Moneta's {@code toString} drops trailing zeros.
 */
public final class Amounts {
    /** The Russian ruble. */
    public static final CurrencyUnit RUB = Monetary.getCurrency("RUB");

    private Amounts() {
    }

    /** {@code kopecks} minor units of {@code currency} (two decimals for RUB) as a Moneta amount. */
    public static MonetaryAmount ofMinor(long minor, CurrencyUnit currency) {
        return Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
    }

    /** {@code kopecks} as rubles. */
    public static MonetaryAmount rub(long kopecks) {
        return ofMinor(kopecks, RUB);
    }

    /** Rubles given as decimal text, e.g. {@code rub("699.98")}. @throws InvalidValueException if finer than kopecks */
    public static MonetaryAmount rub(String value) {
        BigDecimal v;
        try {
            v = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "amount", null,
                    "text '" + value + "' is not a decimal number", "amount.decimal");
        }
        return rub(toMinor(Money.of(v, RUB)));
    }

    /**
     * The amount in exact minor units of its currency.
     *
     * @throws InvalidValueException if the amount is finer than the currency's minor unit (never rounds)
     */
    public static long toMinor(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        int digits = amount.getCurrency().getDefaultFractionDigits();
        BigDecimal v = amount.getNumber().numberValueExact(BigDecimal.class).movePointRight(digits);
        if (v.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, "amount", null,
                    "amount " + v.movePointLeft(digits).toPlainString() + " " + amount.getCurrency().getCurrencyCode()
                            + " is finer than the minor unit", "amount.minor-units");
        }
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            throw Exact.overflow("amount", v.toPlainString());
        }
    }

    /** Plain decimal text of {@code minor} units with exactly {@code digits} decimals, e.g. {@code "699.98"}. */
    public static String plain(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /** Canonical text of an amount: {@code "699.98 RUB"}, with all the currency's decimals. */
    public static String format(MonetaryAmount amount) {
        int digits = amount.getCurrency().getDefaultFractionDigits();
        return plain(toMinor(amount), digits) + " " + amount.getCurrency().getCurrencyCode();
    }
}
