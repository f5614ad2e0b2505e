package org.raschet.allocation.odn;

import java.math.BigDecimal;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * The regional consumption normative for the maintenance of common property (норматив потребления коммунального
 * ресурса в целях содержания общего имущества), per m² of common property per month, in 10⁻⁶ of the unit. Value type.
 *
 * @param microsPerM2 the normative in 10⁻⁶ of {@code unit} per m² per month, not negative
 * @param unit        the unit
 */
public record CommonNormative(long microsPerM2, Unit unit) {
    /** Validates the parts. @throws InvalidValueException if negative */
    public CommonNormative {
        Objects.requireNonNull(unit, "unit");
        if (microsPerM2 < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "common-property normative", null,
                    "normative " + BigDecimal.valueOf(microsPerM2, Quantity.SCALE).toPlainString() + " " + unit
                            + "/m2 is negative", "normative.non-negative");
        }
    }

    /**
     * The normative given as decimal text per m² per month, e.g. {@code of("1.2", Unit.KWH)}.
     *
     * @throws InvalidValueException if negative, unparseable or finer than 10⁻⁶
     */
    public static CommonNormative of(String perM2, Unit unit) {
        return new CommonNormative(Quantity.of(perM2, unit).micros(), unit);
    }

    /** The exact decimal value per m². */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(microsPerM2, Quantity.SCALE);
    }

    /** Canonical text, e.g. {@code "1.200000 kWh/m2"}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString() + " " + unit.code() + "/m2";
    }
}
