package org.raschet.core.money;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * Where and how a figure is rounded: the scale kept, the mode, and the rule or contract that says so. Never an
 * implicit default: a calculation that rounds names its rule, and the protocol shows it.
 *
 * @param scale  digits kept after the decimal point (2 for kopecks)
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

    /** Validates the parts. */
    public RoundingRule {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("scale " + scale + " outside 0..10");
        }
    }
}
