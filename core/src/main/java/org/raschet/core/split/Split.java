package org.raschet.core.split;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;

/**
 * Exact splits of an integer total (10⁻⁶ units, kopecks) into parts whose sum is always the total.
 *
 * <ul>
 *   <li>{@link #largestRemainder}: parts among separate owners (premises by area, obligations by amount). Each
 *       part is its exact share rounded down (towards zero), and the units left over go one each to the largest
 *       remainders; equal remainders go to the lower index (the stable order is the caller's order).</li>
 *   <li>{@link #cumulative}: a quantity spread along consecutive days. Part {@code i} is
 *       {@code round(T·Cᵢ/W) − round(T·Cᵢ₋₁/W)} with {@code Cᵢ} the cumulative weight, rounded half away from zero;
 *       so every contiguous run of parts is within one unit of its exact share, not only each part.</li>
 * </ul>
 * Weights are non-negative with a positive sum; a part with zero weight gets zero. Both are exact for every
 * {@code long} total (the products go through {@link BigInteger} when they pass 64 bits) and never overflow.
 */
public final class Split {
    private Split() {
    }

    /**
     * Largest-remainder split of {@code total} in proportion to {@code weights}.
     *
     * <p>Part {@code i} is {@code ⌊|T|·wᵢ/W⌋} (its exact share rounded towards zero), and the
     * {@code |T| − Σ⌊|T|·wᵢ/W⌋ < n} units left over go one each to the parts with the largest remainders
     * {@code |T|·wᵢ mod W}; among equal remainders the lower index comes first. A negative total is split as its
     * magnitude and negated, so {@code split(−T) = −split(T)}. Hence the parts sum to {@code total} exactly, each is
     * within one unit of its exact share, a zero weight gets zero, and reordering weights whose remainders are
     * pairwise distinct reorders the parts the same way (only ties depend on the order). Exact for every
     * {@code long} total, {@link Long#MIN_VALUE} included.
     *
     * @param total   the integer total (10⁻⁶ units, kopecks)
     * @param weights the non-negative weights, in the stable order that breaks ties
     * @return the parts, one per weight, in the weights' order
     * @throws InvalidValueException if there are no weights, a weight is negative or all are zero
     * @throws OverflowException     if the weights sum past {@link Long#MAX_VALUE}
     */
    public static long[] largestRemainder(long total, long[] weights) {
        long weightSum = checkedWeightSum(weights);
        int n = weights.length;
        long[] parts = new long[n];
        if (total == 0) {
            return parts;
        }
        boolean negative = total < 0;
        // |T| as an unsigned 64-bit value: Math.abs(Long.MIN_VALUE) stays Long.MIN_VALUE, i.e. 2^63 unsigned. Parts
        // hold the magnitudes ⌊|T|·wᵢ/W⌋ ≤ 2^63; only a part taking all of |T| = 2^63 reaches 2^63, which is stored
        // as Long.MIN_VALUE and negated back to itself at the end, the right value.
        long absTotal = Math.abs(total);
        long[] remainders = new long[n]; // |T|·wᵢ mod W, in [0, W)
        long assigned = 0;
        BigInteger bigAbsTotal = null;
        BigInteger bigW = null;
        for (int i = 0; i < n; i++) {
            long hi = Math.multiplyHigh(absTotal, weights[i]);
            long lo = absTotal * weights[i];
            if (hi == 0 && lo >= 0) {
                // the product fits 63 bits (for |T| = 2^63 only when wᵢ = 0)
                parts[i] = lo / weightSum;
                remainders[i] = lo % weightSum;
            } else {
                if (bigAbsTotal == null) {
                    bigAbsTotal = BigInteger.valueOf(total).abs();
                    bigW = BigInteger.valueOf(weightSum);
                }
                BigInteger[] qr = bigAbsTotal.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(bigW);
                parts[i] = qr[0].longValue(); // ≤ 2^63: see above
                remainders[i] = qr[1].longValue();
            }
            assigned += parts[i]; // wraps only when |T| = 2^63; harmless, see below
        }
        // |T| − Σ⌊|T|·wᵢ/W⌋ lies in [0, n): computed modulo 2^64 it is therefore exact, even where |T| or the sum
        // wrapped (|T| = 2^63)
        long left = absTotal - assigned;
        if (left > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Long.compare(remainders[b], remainders[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int k = 0; k < left; k++) {
                parts[order[k]]++;
            }
        }
        if (negative) {
            for (int i = 0; i < n; i++) {
                parts[i] = -parts[i]; // a magnitude 2^63, stored as Long.MIN_VALUE, negates to itself: right
            }
        }
        return parts;
    }

    /**
     * Cumulative-rounding split of {@code total} along consecutive slots in proportion to {@code weights}: every
     * contiguous run of parts is within one unit of its exact share.
     *
     * <p>With {@code Cᵢ = w₀ + … + wᵢ} and {@code W = Cₙ₋₁}, the first {@code i + 1} parts sum to
     * {@code round(T·Cᵢ/W)}, half away from zero, and all of them to {@code T} exactly. A run {@code i..j} therefore
     * sums to {@code round(T·Cⱼ/W) − round(T·Cᵢ₋₁/W)}, within one unit of its exact share. The parts all have the
     * sign of the total (or are zero), so no part or prefix overflows, even at {@link Long#MIN_VALUE}.
     *
     * @param total   the integer total (10⁻⁶ units, kopecks)
     * @param weights the non-negative weights of consecutive slots (e.g. days)
     * @return the parts, one per weight
     * @throws InvalidValueException if there are no weights, a weight is negative or all are zero
     * @throws OverflowException     if the weights sum past {@link Long#MAX_VALUE}
     */
    public static long[] cumulative(long total, long[] weights) {
        long weightSum = checkedWeightSum(weights);
        int n = weights.length;
        long[] parts = new long[n];
        long cumWeight = 0;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            cumWeight += weights[i];
            long current = i == n - 1 ? total : scaledRound(total, cumWeight, weightSum);
            parts[i] = current - previous;
            previous = current;
        }
        return parts;
    }

    /**
     * Cumulative-rounding split of {@code total} into {@code n} equal-weight slots (a volume over days): the same as
     * {@link #cumulative} with {@code n} weights of 1. The first {@code k} parts sum to
     * {@link #evenlyPrefix(long, int, int) round(T·k/n)}; each part is {@code ⌊T/n⌋} or {@code ⌈T/n⌉}.
     *
     * @param total the integer total (10⁻⁶ units, kopecks)
     * @param n     the number of slots, ≥ 1
     * @return the {@code n} parts
     * @throws InvalidValueException if {@code n < 1}
     */
    public static long[] evenly(long total, int n) {
        requireSlots(n);
        long[] parts = new long[n];
        long previous = 0;
        for (int i = 1; i <= n; i++) {
            long current = i == n ? total : scaledRound(total, i, n);
            parts[i - 1] = current - previous;
            previous = current;
        }
        return parts;
    }

    /**
     * The cumulative amount after {@code k} of {@code n} equal slots: {@code round(total·k/n)}, half away from
     * zero. Equals the sum of the first {@code k} parts of {@link #evenly(long, int)}.
     *
     * @param total the integer total
     * @param k     the number of slots summed, 0..n
     * @param n     the number of slots, ≥ 1
     * @return the sum of the first {@code k} parts
     * @throws InvalidValueException if {@code n < 1} or {@code k} is outside 0..n
     */
    public static long evenlyPrefix(long total, int k, int n) {
        requireSlots(n);
        if (k < 0 || k > n) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "split", null,
                    "prefix length " + k + " is outside 0.." + n, "split.prefix-within-slots");
        }
        return k == n ? total : scaledRound(total, k, n);
    }

    private static void requireSlots(int n) {
        if (n < 1) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "split", null,
                    "slot count " + n + " is not positive", "split.slots-positive");
        }
    }


    /**
     * The cumulative amount through a slot of {@link #cumulative(long, long[])} whose cumulative weight is
     * {@code cumWeight} of {@code weightSum}: {@code round(total·cumWeight/weightSum)}, half away from zero
     * ({@code total} once the whole weight is reached). Equals the sum of the parts up to that slot.
     *
     * @throws InvalidValueException if {@code weightSum} is not positive or {@code cumWeight} is negative
     */
    public static long cumulativePrefix(long total, long cumWeight, long weightSum) {
        if (weightSum <= 0 || cumWeight < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "split", null,
                    "cumulative weight " + cumWeight + " of " + weightSum + " is out of range",
                    "split.weights-positive-sum");
        }
        return cumWeight >= weightSum ? total : scaledRound(total, cumWeight, weightSum);
    }

    /**
     * {@code round(total × num / den)}, half away from zero, exact for any {@code long} arguments with
     * {@code 0 ≤ num ≤ den}, {@code den > 0}: the result then lies between 0 and {@code total}, so it fits.
     */
    static long scaledRound(long total, long num, long den) {
        long hi = Math.multiplyHigh(total, num);
        long lo = total * num;
        if (hi == (lo >> 63)) {
            return Exact.roundedDivide(lo, den, RoundingMode.HALF_UP);
        }
        BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(num))
                .divideAndRemainder(BigInteger.valueOf(den));
        long q = qr[0].longValue(); // |q| ≤ |total|
        BigInteger twiceR = qr[1].abs().shiftLeft(1);
        if (twiceR.compareTo(BigInteger.valueOf(den)) >= 0) {
            q += qr[1].signum();
        }
        return q;
    }

    private static long checkedWeightSum(long[] weights) {
        if (weights.length == 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "split", null,
                    "no weights given", "split.weights-positive-sum");
        }
        long sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "split", null,
                        "weight #" + i + " = " + weights[i] + " is negative", "split.weights-non-negative");
            }
            sum = Exact.add(sum, weights[i], "split weights");
        }
        if (sum == 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "split", null,
                    "all " + weights.length + " weights are zero", "split.weights-positive-sum");
        }
        return sum;
    }
}
