package org.raschet.core.quantity;

import java.math.BigDecimal;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * An area in 10⁻⁴ m², non-negative. Value type. Canonical text {@code "54.3000 m2"}.
 *
 * @param e4 the area in 10⁻⁴ m²
 */
public record Area(long e4) implements Comparable<Area> {
    /** Digits after the decimal point that an area keeps. */
    public static final int SCALE = 4;

    /** Validates that the area is not negative. */
    public Area {
        if (e4 < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "area", null,
                    "area " + BigDecimal.valueOf(e4, SCALE).toPlainString() + " m2 is negative", "area.non-negative");
        }
    }

    /** The area given in 10⁻⁴ m². */
    public static Area ofE4(long e4) {
        return new Area(e4);
    }

    /**
     * The exact area {@code value} m².
     *
     * @throws InvalidValueException if negative or finer than 10⁻⁴ m²
     */
    public static Area of(BigDecimal value) {
        BigDecimal scaled = value.movePointRight(SCALE);
        if (scaled.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, "area", null,
                    "area " + value.toPlainString() + " m2 is finer than 10^-4", "area.scale-4");
        }
        return new Area(scaled.longValueExact());
    }

    /** The exact area given as decimal text, e.g. {@code of("54.3")}. */
    public static Area of(String value) {
        return of(Quantity.parseDecimal(value, "area"));
    }

    /** The exact decimal value in m². */
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
        return toBigDecimal().toPlainString() + " m2";
    }
}
