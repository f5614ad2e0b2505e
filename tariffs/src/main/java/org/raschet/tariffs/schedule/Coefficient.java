package org.raschet.tariffs.schedule;

import java.math.BigDecimal;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * A coefficient that multiplies a charge (коэффициент): the increasing coefficient K of 354 App. 2, formula 4
 * (1.5), or the sanction coefficient 10 of 354 p.81(11). It multiplies the money, never the volume (LEGAL §5).
 *
 * @param value the exact positive value, at most 4 decimals
 */
public record Coefficient(BigDecimal value) {
    /** No coefficient: 1. */
    public static final Coefficient ONE = new Coefficient(BigDecimal.ONE);

    /**
     * Validates the value and strips trailing zeros (so 1.50 equals 1.5).
     *
     * @throws InvalidValueException if not positive or finer than 10⁻⁴
     */
    public Coefficient {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "coefficient", null,
                    "coefficient " + value.toPlainString() + " is not positive", "coefficient.positive");
        }
        value = value.stripTrailingZeros();
        if (value.scale() > 4) {
            throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, "coefficient", null,
                    "coefficient " + value.toPlainString() + " is finer than 10^-4", "coefficient.scale-4");
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    /** The coefficient given as decimal text, e.g. {@code of("1.5")}. */
    public static Coefficient of(String value) {
        return new Coefficient(new BigDecimal(value.trim()));
    }

    /** Whether this is exactly 1 (no multiplication). */
    public boolean isOne() {
        return value.compareTo(BigDecimal.ONE) == 0;
    }

    /** Plain decimal text, e.g. {@code "1.5"}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
