package org.raschet.core.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;
import org.raschet.core.protocol.Formulas;
import org.raschet.core.protocol.Input;
import org.raschet.core.protocol.LegalRefs;
import org.raschet.core.protocol.Note;
import org.raschet.core.protocol.ProtocolStep;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;

/**
 * A price (тариф, цена) per unit of a resource with four decimals, e.g. {@code 5.6700 RUB/kWh}. Value type.
 *
 * <p>Tariffs are stated with up to four decimals (₽/kWh). A price may be zero or negative (a price difference in
 * a correction); it is never rounded: a value finer than 10⁻⁴ is refused. The canonical text
 * {@code "5.6700 RUB/kWh"} is read back by {@link #parse}.
 *
 * @param e4       the price in 10⁻⁴ of the currency's major unit per unit
 * @param currency the currency
 * @param per      the unit priced
 */
public record Price(long e4, CurrencyUnit currency, Unit per) {
    /** Digits after the decimal point that a price keeps. */
    public static final int SCALE = 4;

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if {@code currency} or {@code per} is null
     */
    public Price {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(per, "per");
    }

    /**
     * The price of {@code e4} 10⁻⁴ of {@code currency} per {@code per}.
     *
     * @param e4       the price in 10⁻⁴ of the major unit
     * @param currency the currency
     * @param per      the unit priced
     * @return the price
     */
    public static Price ofE4(long e4, CurrencyUnit currency, Unit per) {
        return new Price(e4, currency, per);
    }

    /**
     * The exact price {@code value} of {@code currency} per {@code unit}.
     *
     * @param value    the price in the currency's major unit, e.g. {@code 5.67}
     * @param currency the currency
     * @param per      the unit priced
     * @return the price
     * @throws InvalidValueException with {@link ErrorCode#VALUE_TOO_PRECISE} if finer than 10⁻⁴ (never rounded)
     * @throws OverflowException     if larger than 10⁻⁴ × {@link Long#MAX_VALUE}
     */
    public static Price of(BigDecimal value, CurrencyUnit currency, Unit per) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(per, "per");
        return new Price(Exact.toScaledLong(value, SCALE, "price",
                Exact.text(value) + " " + currency.getCurrencyCode() + "/" + per.code(), "price.scale-4"),
                currency, per);
    }

    /**
     * A ruble price given as decimal text, e.g. {@code rub("5.67", Unit.KWH)}.
     *
     * @param value the decimal text, in rubles
     * @param per   the unit priced
     * @return the price
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNPARSEABLE} if the text is not a decimal number,
     *                               or as {@link #of(BigDecimal, CurrencyUnit, Unit)}
     */
    public static Price rub(String value, Unit per) {
        return of(Amounts.parseDecimal(value, "price"), Amounts.RUB, per);
    }

    /**
     * Reads the canonical text {@code "<decimal> <currency>/<unit>"}, e.g. {@code "5.6700 RUB/kWh"}; the inverse of
     * {@link #toString()}.
     *
     * @param text the text
     * @return the price
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNPARSEABLE} if the text is malformed,
     *                               {@link ErrorCode#VALUE_UNKNOWN_UNIT} if the currency or unit is unknown, or as
     *                               {@link #of(BigDecimal, CurrencyUnit, Unit)}
     */
    public static Price parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        int space = t.lastIndexOf(' ');
        int slash = t.lastIndexOf('/');
        if (space < 0 || slash < space) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "price", null,
                    "text '" + text + "' is not '<decimal> <currency>/<unit>'", "price.text-form");
        }
        CurrencyUnit currency = Amounts.currency(t.substring(space + 1, slash));
        Unit per = Unit.parse(t.substring(slash + 1));
        return of(Amounts.parseDecimal(t.substring(0, space), "price"), currency, per);
    }

    /**
     * The charge {@code quantity × this}, rounded once by {@code rule}, in minor units of the currency
     * (354 p.42, App. 2, formula 1: P = V × T; LEGAL §11: half-up to kopecks once per line).
     *
     * <p>The exact product of the 10⁻⁶ quantity and the 10⁻⁴ price is in 10⁻¹⁰ of the major unit; it is rounded
     * once to the rule's scale. Exact for any line size: where the product passes {@link Long#MAX_VALUE} (a line
     * above about 9.2×10⁸ ₽) it is computed in wide arithmetic, never truncated. With
     * {@link java.math.RoundingMode#HALF_UP} a half kopeck rounds away from zero for a negative quantity too
     * (a correction of −0.005 ₽ is −0.01 ₽), exactly as {@code BigDecimal.setScale(2, HALF_UP)}, so a correction
     * and the line it reverses round to opposite amounts.
     *
     * @param quantity the quantity priced, of the unit {@link #per()}; may be negative
     * @param rule     the rounding rule, whose scale must be the currency's minor unit (2 for RUB)
     * @return the amount in minor units (kopecks)
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNIT_MISMATCH} if the units differ,
     *                               {@link ErrorCode#VALUE_OUT_OF_RANGE} if the rule's scale is not the currency's
     *                               minor unit, {@link ErrorCode#VALUE_TOO_PRECISE} if the rule's mode is
     *                               {@code UNNECESSARY} and the product needs rounding
     * @throws OverflowException     if the rounded amount does not fit a {@code long} of minor units
     */
    public long chargeMinor(Quantity quantity, RoundingRule rule) {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(rule, "rule");
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

    /**
     * The charge {@code quantity × this} rounded once by {@code rule}, as a Moneta amount: the same figure as
     * {@link #chargeMinor(Quantity, RoundingRule)}.
     *
     * @param quantity the quantity priced, of the unit {@link #per()}
     * @param rule     the rounding rule
     * @return the amount in this price's currency
     * @throws InvalidValueException as {@link #chargeMinor(Quantity, RoundingRule)}
     * @throws OverflowException     as {@link #chargeMinor(Quantity, RoundingRule)}
     */
    public MonetaryAmount charge(Quantity quantity, RoundingRule rule) {
        return Amounts.ofMinor(chargeMinor(quantity, rule), currency);
    }

    /**
     * The protocol step of {@link #chargeMinor}: P = round(V × T, 2) (354 p.42, App. 2, formula 1), with the
     * rounding rule named as a note. Build it only where a protocol is asked for; the amount comes from the same
     * {@link #chargeMinor} call a calculation without a protocol makes, so the step cannot drift from the figure.
     *
     * @param quantity the volume priced
     * @param rule     the rounding rule, applied once
     * @return the step, whose result is the amount in minor units of the currency
     * @throws InvalidValueException as {@link #chargeMinor}
     */
    public ProtocolStep chargeStep(Quantity quantity, RoundingRule rule) {
        long minor = chargeMinor(quantity, rule);
        String currencyCode = currency.getCurrencyCode();
        Note note = rule.equals(RoundingRule.KOPECKS_HALF_UP)
                ? new Note(LegalRefs.POLICY_ROUNDING.id(), LegalRefs.POLICY_ROUNDING.ru(),
                        LegalRefs.POLICY_ROUNDING.en())
                : new Note(rule.source(), "округление: " + rule.source(), "rounding: " + rule.source());
        return ProtocolStep.of(Formulas.CHARGE_BY_METER,
                List.of(Input.of("V", quantity.micros(), Quantity.SCALE, quantity.unit().code()),
                        Input.of("T", e4, SCALE, currencyCode + "/" + per.code())),
                Input.of("P", minor, currency.getDefaultFractionDigits(), currencyCode)).withNote(note);
    }

    /**
     * The exact decimal price, with four decimals.
     *
     * @return {@code e4 × 10⁻⁴}
     */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(e4, SCALE);
    }

    /** Canonical text, e.g. {@code "5.6700 RUB/kWh"}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + " " + currency.getCurrencyCode() + "/" + per.code();
    }
}
