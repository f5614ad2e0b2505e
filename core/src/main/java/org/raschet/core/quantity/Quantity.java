package org.raschet.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.split.Exact;

/**
 * An exact quantity of a metered resource, in 10⁻⁶ of its unit. Value type: do not rely on identity.
 *
 * <p>May be negative (a correction). Arithmetic is exact: a unit mismatch or an overflow throws. The canonical text
 * is {@code "123.456789 kWh"}: six decimals and the unit code, which {@link #parse} reads back.
 *
 * @param micros the amount in 10⁻⁶ of {@code unit}
 * @param unit   the unit
 */
public record Quantity(long micros, Unit unit) implements Comparable<Quantity> {
    /** Digits after the decimal point that a quantity keeps. */
    public static final int SCALE = 6;

    /** Validates the unit. */
    public Quantity {
        Objects.requireNonNull(unit, "unit");
    }

    /** A quantity of {@code micros} 10⁻⁶ units. */
    public static Quantity ofMicros(long micros, Unit unit) {
        return new Quantity(micros, unit);
    }

    /** Zero of {@code unit}. */
    public static Quantity zero(Unit unit) {
        return new Quantity(0, unit);
    }

    /**
     * The exact quantity {@code value} of {@code unit}.
     *
     * @throws InvalidValueException if {@code value} is finer than 10⁻⁶ (never rounded) or too large
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        Objects.requireNonNull(value, "value");
        BigDecimal scaled = value.movePointRight(SCALE);
        if (scaled.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, "quantity", null,
                    "value " + value.toPlainString() + " " + unit + " is finer than 10^-6", "quantity.scale-6");
        }
        try {
            return new Quantity(scaled.longValueExact(), unit);
        } catch (ArithmeticException e) {
            throw Exact.overflow("quantity", value.toPlainString() + " " + unit);
        }
    }

    /** The exact quantity given as decimal text, e.g. {@code of("150.5", Unit.KWH)}. */
    public static Quantity of(String value, Unit unit) {
        return of(parseDecimal(value, "quantity"), unit);
    }

    /**
     * Reads the canonical text {@code "<decimal> <unit>"}, e.g. {@code "150.500000 kWh"}.
     *
     * @throws InvalidValueException if the text is malformed, the unit unknown or the value too precise
     */
    public static Quantity parse(String text) {
        Objects.requireNonNull(text, "text");
        int space = text.trim().lastIndexOf(' ');
        if (space < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "quantity", null,
                    "text '" + text + "' is not '<decimal> <unit>'", "quantity.text-form");
        }
        String t = text.trim();
        return of(parseDecimal(t.substring(0, space), "quantity"), Unit.parse(t.substring(space + 1)));
    }

    static BigDecimal parseDecimal(String value, String entity) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, entity, null,
                    "text '" + value + "' is not a decimal number", entity + ".decimal");
        }
    }

    /** The exact decimal value in units, with six decimals. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(micros, SCALE);
    }

    /** {@code this + other}. @throws InvalidValueException on a unit mismatch or overflow */
    public Quantity plus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(Exact.add(micros, other.micros, "quantity " + this), unit);
    }

    /** {@code this − other}. @throws InvalidValueException on a unit mismatch or overflow */
    public Quantity minus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(Exact.subtract(micros, other.micros, "quantity " + this), unit);
    }

    /** {@code this × factor}, exact. @throws InvalidValueException on overflow */
    public Quantity times(long factor) {
        return new Quantity(Exact.multiply(micros, factor, "quantity " + this), unit);
    }

    /** {@code −this}. */
    public Quantity negated() {
        return new Quantity(Exact.negate(micros, "quantity " + this), unit);
    }

    /** Whether this is exactly zero. */
    public boolean isZero() {
        return micros == 0;
    }

    /** Whether this is below zero. */
    public boolean isNegative() {
        return micros < 0;
    }

    /** Compares two quantities of the same unit. @throws InvalidValueException on a unit mismatch */
    @Override
    public int compareTo(Quantity other) {
        requireSameUnit(other);
        return Long.compare(micros, other.micros);
    }

    private void requireSameUnit(Quantity other) {
        if (other.unit != unit) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "quantity " + this, null,
                    "cannot combine " + this + " with " + other, "quantity.same-unit");
        }
    }

    /** Canonical text: six decimals and the unit code, e.g. {@code "150.500000 kWh"}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + " " + unit.code();
    }
}
