package org.raschet.core.money;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.javamoney.moneta.Money;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;
import org.raschet.core.split.Exact;

/**
 * Conversions between Moneta {@link MonetaryAmount} at the API and exact minor units (kopecks) inside.
 * Raschet formats amounts itself: Moneta's {@code toString} drops trailing zeros ({@code RUB 1.5}), while the
 * canonical text here keeps all the currency's decimals ({@code "1.50 RUB"}) and {@link #parse} reads it back.
 * Amounts are never rounded on the way in: an amount finer than the minor unit is refused.
 */
public final class Amounts {
    /** The Russian ruble. */
    public static final CurrencyUnit RUB = Monetary.getCurrency("RUB");

    private Amounts() {
    }

    /**
     * {@code minor} minor units of {@code currency} (two decimals for RUB) as a Moneta amount.
     *
     * @param minor    the amount in minor units
     * @param currency the currency
     * @return the amount
     */
    public static MonetaryAmount ofMinor(long minor, CurrencyUnit currency) {
        return Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
    }

    /**
     * {@code kopecks} as rubles.
     *
     * @param kopecks the amount in kopecks
     * @return the amount in RUB
     */
    public static MonetaryAmount rub(long kopecks) {
        return ofMinor(kopecks, RUB);
    }

    /**
     * Rubles given as decimal text, e.g. {@code rub("699.98")}.
     *
     * @param value the decimal text, in rubles
     * @return the amount in RUB
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNPARSEABLE} if the text is not a decimal number,
     *                               {@link ErrorCode#VALUE_TOO_PRECISE} if finer than kopecks
     * @throws OverflowException     if it does not fit a {@code long} of kopecks
     */
    public static MonetaryAmount rub(String value) {
        return rub(minorOf(parseDecimal(value, "amount"), RUB));
    }

    /**
     * Reads the canonical text {@code "<decimal> <currency>"}, e.g. {@code "699.98 RUB"}; the inverse of
     * {@link #format(MonetaryAmount)}.
     *
     * @param text the text
     * @return the amount
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNPARSEABLE} if the text is malformed,
     *                               {@link ErrorCode#VALUE_UNKNOWN_UNIT} if the currency is unknown,
     *                               {@link ErrorCode#VALUE_TOO_PRECISE} if finer than the minor unit
     * @throws OverflowException     if it does not fit a {@code long} of minor units
     */
    public static MonetaryAmount parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "amount", null,
                    "text '" + text + "' is not '<decimal> <currency>'", "amount.text-form");
        }
        CurrencyUnit currency = currency(t.substring(space + 1));
        return ofMinor(minorOf(parseDecimal(t.substring(0, space), "amount"), currency), currency);
    }

    /**
     * The amount in exact minor units of its currency.
     *
     * @param amount the amount
     * @return the amount in minor units (kopecks for RUB)
     * @throws InvalidValueException with {@link ErrorCode#VALUE_TOO_PRECISE} if the amount is finer than the
     *                               currency's minor unit (never rounds)
     * @throws OverflowException     if it does not fit a {@code long} of minor units
     */
    public static long toMinor(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal v;
        try {
            v = amount.getNumber().numberValueExact(BigDecimal.class);
        } catch (ArithmeticException e) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "amount", null,
                    "amount " + amount + " has no exact decimal value", "amount.exact-decimal");
        }
        return minorOf(v, amount.getCurrency());
    }

    /**
     * Plain decimal text of {@code minor} units with exactly {@code digits} decimals, e.g. {@code "699.98"}.
     *
     * @param minor  the amount in minor units
     * @param digits the decimals of the minor unit
     * @return the text
     */
    public static String plain(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /**
     * Canonical text of an amount: {@code "699.98 RUB"}, with all the currency's decimals.
     *
     * @param amount the amount
     * @return the text, which {@link #parse(String)} reads back
     * @throws InvalidValueException as {@link #toMinor(MonetaryAmount)}
     */
    public static String format(MonetaryAmount amount) {
        int digits = amount.getCurrency().getDefaultFractionDigits();
        return plain(toMinor(amount), digits) + " " + amount.getCurrency().getCurrencyCode();
    }

    private static long minorOf(BigDecimal value, CurrencyUnit currency) {
        int digits = currency.getDefaultFractionDigits();
        return Exact.toScaledLong(value, digits, "amount", Exact.text(value) + " " + currency.getCurrencyCode(),
                "amount.minor-units");
    }

    /** Parses plain decimal text; the message names the entity and the text. */
    static BigDecimal parseDecimal(String value, String entity) {
        Objects.requireNonNull(value, entity);
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, entity, null,
                    "text '" + value + "' is not a decimal number", entity + ".decimal");
        }
    }

    /** The currency with this ISO code. */
    static CurrencyUnit currency(String code) {
        try {
            return Monetary.getCurrency(code.trim());
        } catch (MonetaryException e) {
            throw new InvalidValueException(ErrorCode.VALUE_UNKNOWN_UNIT, "currency", null,
                    "currency '" + code + "' is unknown", "currency.known");
        }
    }
}
