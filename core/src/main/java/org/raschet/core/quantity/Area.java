package org.raschet.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;
import org.raschet.core.split.Exact;

/**
 * An area (площадь) in 10⁻⁴ m², non-negative: a premise's total area {@code S_i} and the house's {@code S_total}
 * in the common-house split (354 App. 2). Value type. Canonical text {@code "54.3000 m2"}, which {@link #parse}
 * reads back. Never rounded: a value finer than 10⁻⁴ m² is refused.
 *
 * @param e4 the area in 10⁻⁴ m²
 */
public record Area(long e4) implements Comparable<Area> {
    /** Digits after the decimal point that an area keeps. */
    public static final int SCALE = 4;

    /** The unit code in the canonical text. */
    public static final String UNIT = "m2";

    /**
     * Validates that the area is not negative.
     *
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if {@code e4 < 0}
     */
    public Area {
        if (e4 < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "area", null,
                    "area " + BigDecimal.valueOf(e4, SCALE).toPlainString() + " m2 is negative", "area.non-negative");
        }
    }

    /**
     * The area given in 10⁻⁴ m².
     *
     * @param e4 the area in 10⁻⁴ m²
     * @return the area
     * @throws InvalidValueException if {@code e4 < 0}
     */
    public static Area ofE4(long e4) {
        return new Area(e4);
    }

    /**
     * The exact area {@code value} m².
     *
     * @param value the area in m²
     * @return the area
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if negative,
     *                               {@link ErrorCode#VALUE_TOO_PRECISE} if finer than 10⁻⁴ m²
     * @throws OverflowException     if larger than 10⁻⁴ × {@link Long#MAX_VALUE} m²
     */
    public static Area of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new Area(Exact.toScaledLong(value, SCALE, "area", Exact.text(value) + " m2", "area.scale-4"));
    }

    /**
     * The exact area given as decimal text in m², e.g. {@code of("54.3")}.
     *
     * @param value the decimal text
     * @return the area
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNPARSEABLE} if the text is not a decimal number,
     *                               or as {@link #of(BigDecimal)}
     */
    public static Area of(String value) {
        return of(Quantity.parseDecimal(value, "area"));
    }

    /**
     * Reads the canonical text {@code "<decimal> m2"}, e.g. {@code "54.3000 m2"}; the inverse of {@link #toString()}.
     * The unit may also be written {@code m²}.
     *
     * @param text the text
     * @return the area
     * @throws InvalidValueException with {@link ErrorCode#VALUE_UNPARSEABLE} if the text is malformed,
     *                               {@link ErrorCode#VALUE_UNKNOWN_UNIT} if the unit is not m², or as
     *                               {@link #of(BigDecimal)}
     */
    public static Area parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "area", null,
                    "text '" + text + "' is not '<decimal> m2'", "area.text-form");
        }
        String unit = t.substring(space + 1);
        if (!unit.equals(UNIT) && !unit.equals("m²")) {
            throw new InvalidValueException(ErrorCode.VALUE_UNKNOWN_UNIT, "area", null,
                    "unit '" + unit + "' of '" + text + "' is not m2", "area.unit-m2");
        }
        return of(Quantity.parseDecimal(t.substring(0, space), "area"));
    }

    /**
     * {@code this + other}, exact (e.g. the total area of a house).
     *
     * @param other another area
     * @return the sum
     * @throws OverflowException if the sum does not fit
     */
    public Area plus(Area other) {
        return new Area(Exact.add(e4, other.e4, "area " + this));
    }

    /**
     * Whether the area is zero.
     *
     * @return {@code e4 == 0}
     */
    public boolean isZero() {
        return e4 == 0;
    }

    /**
     * The exact decimal value in m², with four decimals.
     *
     * @return {@code e4 × 10⁻⁴}
     */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(e4, SCALE);
    }

    @Override
    public int compareTo(Area o) {
        return Long.compare(e4, o.e4);
    }

    /** Canonical text, e.g. {@code "54.3000 m2"}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + " " + UNIT;
    }
}
