package org.raschet.tariffs.pricing;

import java.math.BigDecimal;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Nominal power of electrical equipment (номинальная мощность), exact to the watt. Value type.
 *
 * @param watts the power in W, positive
 */
public record Power(long watts) {
    /**
     * Validates the power.
     *
     * @throws InvalidValueException if not positive
     */
    public Power {
        if (watts <= 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "power", null,
                    "power " + watts + " W is not positive", "power.positive");
        }
    }

    /**
     * The power given in kW as decimal text, e.g. {@code ofKilowatts("3.5")}.
     *
     * @throws InvalidValueException if finer than 1 W, not positive, or not a number
     */
    public static Power ofKilowatts(String kilowatts) {
        BigDecimal w;
        try {
            w = new BigDecimal(kilowatts.trim()).movePointRight(3);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(ErrorCode.VALUE_UNPARSEABLE, "power", null,
                    "text '" + kilowatts + "' is not a decimal number", "power.decimal");
        }
        if (w.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, "power", null,
                    "power " + kilowatts + " kW is finer than 1 W", "power.scale-3");
        }
        return new Power(w.longValueExact());
    }

    /** Canonical text, e.g. {@code "3.500 kW"}. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(watts, 3).toPlainString() + " kW";
    }
}
