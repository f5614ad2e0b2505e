package org.raschet.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;
import org.raschet.core.split.Exact;

/**
 * An exact quantity of a metered resource, in 10⁻⁶ of its unit. Value type: do not rely on identity.
 *
 * <p>May be negative (a correction). Arithmetic is exact: a unit mismatch throws an {@link InvalidValueException}
 * and an overflow an {@link OverflowException}, never a wrapped value. Quantities are never rounded: a value finer
 * than 10⁻⁶ is refused. The canonical text is {@code "123.456789 kWh"}: six decimals and the unit code, which
 * {@link #parse} reads back ({@code parse(q.toString()).equals(q)}).
 *
 * @param micros the amount in 10⁻⁶ of {@code unit}
 * @param unit   the unit
 */
public record Quantity(long micros, Unit unit) implements Comparable<Quantity> {
    /** Digits after the decimal point that a quantity keeps. */
    public static final int SCALE = 6;

    /**
     * Validates the unit.
     *
     * @throws NullPointerException if {@code unit} is null
     */
    public Quantity {
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * A quantity of {@code micros} 10⁻⁶ units.
     *
     * @param micros the amount in 10⁻⁶ of {@code unit}
     * @param unit   the unit
     * @return the quantity
     */
    public static Quantity ofMicros(long micros, Unit unit) {
        return new Quantity(micros, unit);
    }

    /**
     * Zero of {@code unit}.
     *
     * @param unit the unit
     * @return {@code 0.000000 unit}
     */
    public static Quantity zero(Unit unit) {
        return new Quantity(0, unit);
    }

    /**
     * The exact quantity {@code value} of {@code unit}.
     *
     * @param value the decimal value, e.g. {@code 150.5}
     * @param unit  the unit
     * @return the quantity
     * @throws InvalidValueException with {@link ErrorCode#VALUE_TOO_PRECISE} if {@code value} is finer than 10⁻⁶
     *                               (never rounded)
     * @throws OverflowException     if {@code value} has more than 10⁻⁶ × {@link Long#MAX_VALUE} units
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        return new Quantity(Exact.toScaledLong(value, SCALE, "quantity", Exact.text(value) + " " + unit.code(),
                "quantity.scale-6"), unit);
    }

    /**
     * The exact quantity given as decimal text, e.g. {@code of("150.5", Unit.KWH)}.
     *
     * @param value the decimal text
     * @param unit  the unit
     * @return the quantity
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNPARSEABLE} if the text is not a decimal number,
     *                               or as {@link #of(BigDecimal, Unit)}
     */
    public static Quantity of(String value, Unit unit) {
        return of(parseDecimal(value, "quantity"), unit);
    }

    /**
     * Reads the canonical text {@code "<decimal> <unit>"}, e.g. {@code "150.500000 kWh"}; the inverse of
     * {@link #toString()}. Fewer decimals are accepted ({@code "150.5 kWh"}), more are an error.
     *
     * @param text the text
     * @return the quantity
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNPARSEABLE} if the text is malformed,
     *                               {@link ErrorCode#VALUE_UNKNOWN_UNIT} if the unit is unknown,
     *                               {@link ErrorCode#VALUE_TOO_PRECISE} if the value is finer than 10⁻⁶
     * @throws OverflowException     if the value is too large
     */
    public static Quantity parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "quantity", null,
                    "text '" + text + "' is not '<decimal> <unit>'", "quantity.text-form");
        }
        return of(parseDecimal(t.substring(0, space), "quantity"), Unit.parse(t.substring(space + 1)));
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

    /**
     * The exact decimal value in units, with six decimals.
     *
     * @return {@code micros × 10⁻⁶}
     */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(micros, SCALE);
    }

    /**
     * {@code this + other}, exact.
     *
     * @param other a quantity of the same unit
     * @return the sum
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNIT_MISMATCH} if the units differ
     * @throws OverflowException     if the sum does not fit
     */
    public Quantity plus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(Exact.add(micros, other.micros, "quantity " + this), unit);
    }

    /**
     * {@code this − other}, exact.
     *
     * @param other a quantity of the same unit
     * @return the difference
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNIT_MISMATCH} if the units differ
     * @throws OverflowException     if the difference does not fit
     */
    public Quantity minus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(Exact.subtract(micros, other.micros, "quantity " + this), unit);
    }

    /**
     * {@code this × factor}, exact (e.g. a register difference × the transformation ratio).
     *
     * @param factor the integer factor
     * @return the product
     * @throws OverflowException if the product does not fit
     */
    public Quantity times(long factor) {
        return new Quantity(Exact.multiply(micros, factor, "quantity " + this), unit);
    }

    /**
     * {@code −this}.
     *
     * @return the negation
     * @throws OverflowException for the one value whose negation does not fit ({@code micros = Long.MIN_VALUE})
     */
    public Quantity negated() {
        return new Quantity(Exact.negate(micros, "quantity " + this), unit);
    }

    /**
     * Whether this is exactly zero.
     *
     * @return {@code micros == 0}
     */
    public boolean isZero() {
        return micros == 0;
    }

    /**
     * Whether this is below zero (a correction downwards).
     *
     * @return {@code micros < 0}
     */
    public boolean isNegative() {
        return micros < 0;
    }

    /**
     * Compares two quantities of the same unit by value. Consistent with {@link #equals} within one unit.
     *
     * @param other a quantity of the same unit
     * @return negative, zero or positive as this is below, equal to or above {@code other}
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNIT_MISMATCH} if the units differ
     */
    @Override
    public int compareTo(Quantity other) {
        requireSameUnit(other);
        return Long.compare(micros, other.micros);
    }

    private void requireSameUnit(Quantity other) {
        Objects.requireNonNull(other, "other");
        if (other.unit != unit) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "quantity " + this, null,
                    "cannot combine " + this + " with " + other + " (units " + unit.code() + " and "
                            + other.unit.code() + ")", "quantity.same-unit");
        }
    }

    /** Canonical text: six decimals and the unit code, e.g. {@code "150.500000 kWh"}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + " " + unit.code();
    }
}
