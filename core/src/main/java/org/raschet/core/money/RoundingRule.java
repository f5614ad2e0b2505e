package org.raschet.core.money;

import java.math.RoundingMode;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * Where and how a figure is rounded: the scale kept, the mode, and the rule or contract that says so. Never an
 * implicit default: a calculation that rounds names its rule, and the protocol shows it.
 *
 * <p>Modes mean what {@link RoundingMode} means, for negative values too: {@link RoundingMode#HALF_UP} rounds a
 * half away from zero ({@code -0.005 → -0.01}), so a correction rounds to exactly the opposite of the line it
 * reverses.
 *
 * @param scale  digits kept after the decimal point (2 for kopecks), 0..10
 * @param mode   the rounding mode
 * @param source the legal or contractual source of the rule (a policy id where the law is silent)
 */
public record RoundingRule(int scale, RoundingMode mode, String source) {
    /**
     * Money per charge line, half-up to kopecks, once per line (policy: no federal rule rounds kWh;
     * Raschet keeps quantities exact and rounds money once per line — LEGAL §11).
     */
    public static final RoundingRule KOPECKS_HALF_UP = new RoundingRule(2, RoundingMode.HALF_UP,
            "policy: rounding.kopecks-half-up-per-line");

    /**
     * Validates the parts.
     *
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the scale is outside 0..10
     *                               (a product of a 10⁻⁶ quantity and a 10⁻⁴ price has ten decimals) or the
     *                               source is blank
     */
    public RoundingRule {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        if (scale < 0 || scale > 10) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "rounding rule " + source, null,
                    "scale " + scale + " is outside 0..10", "rounding.scale-range");
        }
        if (source.isBlank()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "rounding rule", null,
                    "source '" + source + "' is blank: a rounding rule names its rule", "rounding.source-named");
        }
    }
}
