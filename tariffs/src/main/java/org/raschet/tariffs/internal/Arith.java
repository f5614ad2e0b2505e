package org.raschet.tariffs.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.money.Price;
import org.raschet.core.money.RoundingRule;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;
import org.raschet.core.split.Split;

/**
 * The arithmetic of pricing on primitives, shared by the object API and the columnar path so that both mean the
 * same: norm proration, block volumes, zone splits and the money of a line. Every function is exact; each one is
 * mirrored by a formula of the catalogue that the protocol cites.
 */
public final class Arith {
    private Arith() {
    }

    /**
     * The part of a monthly value {@code monthMicros} that falls on the days {@code s+1 … e} of a month of
     * {@code daysInMonth} days: {@code round(N×e/D) − round(N×s/D)} (formula {@code normative.volume} for one
     * person, {@code norm.prorated.*}). The days of a month sum to the monthly value exactly.
     */
    public static long prorate(long monthMicros, int s, int e, int daysInMonth) {
        return Split.evenlyPrefix(monthMicros, e, daysInMonth) - Split.evenlyPrefix(monthMicros, s, daysInMonth);
    }

    /** {@code round(a × b / c)}, half away from zero, exact for any arguments; {@code c > 0}. */
    public static long scaledRound(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return Exact.roundedDivide(lo, c, RoundingMode.HALF_UP);
        }
        return new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
                .divide(BigDecimal.valueOf(c), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * The volumes of the blocks of a block tariff for a total {@code volume} and the cumulative block limits
     * {@code limits} (one fewer than the blocks): block j = min(V, L_j) − min(V, L_{j−1}), the last V − min(V, L).
     */
    public static long[] blocks(long volume, long[] limits) {
        long[] out = new long[limits.length + 1];
        long previous = 0;
        for (int j = 0; j < limits.length; j++) {
            long upTo = Math.min(volume, limits[j]);
            out[j] = upTo - previous;
            previous = upTo;
        }
        out[limits.length] = volume - previous;
        return out;
    }

    /**
     * Shares each block among zones in proportion to the zones' volumes not yet assigned, cumulatively over the
     * zones (formula {@code block.zone-share}): result[z][j]. Every zone's blocks sum to its volume and every
     * block's zones to the block.
     */
    public static long[][] shareProportional(long[] blocks, long[] zoneVolumes) {
        int zones = zoneVolumes.length;
        long[][] out = new long[zones][blocks.length];
        long[] left = zoneVolumes.clone();
        long leftTotal = 0;
        for (long v : left) {
            leftTotal = Exact.add(leftTotal, v, "zone volumes");
        }
        for (int j = 0; j < blocks.length; j++) {
            // the last block equals what is left, so the same formula gives each zone exactly its rest
            long cumulative = 0;
            long previousRounded = 0;
            for (int z = 0; z < zones; z++) {
                cumulative += left[z];
                long rounded = leftTotal == 0 ? 0 : scaledRound(blocks[j], cumulative, leftTotal);
                out[z][j] = rounded - previousRounded;
                previousRounded = rounded;
            }
            for (int z = 0; z < zones; z++) {
                left[z] -= out[z][j];
            }
            leftTotal -= blocks[j];
        }
        return out;
    }

    /** Gives each block to the zones in their order, each zone up to its volume left (formula {@code block.zone-order}). */
    public static long[][] shareInOrder(long[] blocks, long[] zoneVolumes) {
        int zones = zoneVolumes.length;
        long[][] out = new long[zones][blocks.length];
        long[] left = zoneVolumes.clone();
        for (int j = 0; j < blocks.length; j++) {
            long assigned = 0;
            for (int z = 0; z < zones; z++) {
                long part = Math.min(left[z], Math.max(blocks[j] - assigned, 0));
                out[z][j] = part;
                assigned += part;
                left[z] -= part;
            }
        }
        return out;
    }

    /**
     * A volume shared among zones by weights, cumulatively (formula {@code zone.share}): part z =
     * round(V × C_z / W) − round(V × C_{z−1} / W).
     */
    public static long[] shareByWeights(long volume, long[] weights) {
        long total = 0;
        for (long w : weights) {
            total = Exact.add(total, w, "zone weights");
        }
        long[] out = new long[weights.length];
        long cumulative = 0;
        long previousRounded = 0;
        for (int z = 0; z < weights.length; z++) {
            cumulative += weights[z];
            long rounded = scaledRound(volume, cumulative, total);
            out[z] = rounded - previousRounded;
            previousRounded = rounded;
        }
        return out;
    }

    /**
     * The money of a line, in minor units: {@code round(V × K × T, 2)} half-up, once (LEGAL §11); for K = 1 exactly
     * {@link Price#chargeMinor}.
     */
    public static long charge(long volumeMicros, Unit unit, Price price, BigDecimal coefficient) {
        if (coefficient.compareTo(BigDecimal.ONE) == 0) {
            return price.chargeMinor(Quantity.ofMicros(volumeMicros, unit), RoundingRule.KOPECKS_HALF_UP);
        }
        if (unit != price.per()) {
            throw new InvalidValueException(ErrorCode.VALUE_UNIT_MISMATCH, "price " + price, null,
                    "cannot price " + Quantity.ofMicros(volumeMicros, unit) + " at a price per " + price.per(),
                    "price.same-unit");
        }
        int digits = price.currency().getDefaultFractionDigits();
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(volumeMicros).multiply(BigInteger.valueOf(price.e4())),
                Quantity.SCALE + Price.SCALE).multiply(coefficient);
        try {
            return exact.setScale(digits, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw Exact.overflow("charge " + Quantity.ofMicros(volumeMicros, unit) + " × " + coefficient + " × "
                    + price, exact.toPlainString());
        }
    }

    /** Equivalent of {@link #charge} on a price given by its parts (the columnar path, K = 1). */
    public static long chargeE4(long volumeMicros, long priceE4, int currencyDigits) {
        return Exact.multiplyScaled(volumeMicros, priceE4, Quantity.SCALE + Price.SCALE - currencyDigits,
                RoundingMode.HALF_UP, "charge " + volumeMicros + " × " + priceE4);
    }
}
