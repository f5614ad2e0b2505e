package org.raschet.core.split;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

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
 * Weights are non-negative with a positive sum; a part with zero weight gets zero.
 */
public final class Split {
    private Split() {
    }

    /**
     * Largest-remainder split of {@code total} in proportion to {@code weights}.
     *
     * @throws InvalidValueException if a weight is negative or all are zero
     */
    public static long[] largestRemainder(long total, long[] weights) {
        long weightSum = checkedWeightSum(weights);
        int n = weights.length;
        long[] parts = new long[n];
        if (total == 0) {
            return parts;
        }
        boolean negative = total < 0;
        BigInteger absTotal = BigInteger.valueOf(total).abs();
        BigInteger w = BigInteger.valueOf(weightSum);
        long[] remainders = new long[n]; // remainder of |T|·wᵢ / W, in [0, W)
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = absTotal.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(w);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            assigned += parts[i];
        }
        long left = absTotal.longValueExact() - assigned; // < n
        if (left > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> {
                int c = Long.compare(remainders[b], remainders[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int k = 0; k < left; k++) {
                parts[order[k]]++;
            }
        }
        if (negative) {
            for (int i = 0; i < n; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    /**
     * Cumulative-rounding split of {@code total} along consecutive slots in proportion to {@code weights}: every
     * contiguous run of parts is within one unit of its exact share.
     *
     * @throws InvalidValueException if a weight is negative or all are zero
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
     * Cumulative-rounding split of {@code total} into {@code n} equal-weight slots (a volume over days).
     *
     * @throws InvalidValueException if {@code n < 1}
     */
    public static long[] evenly(long total, int n) {
        if (n < 1) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "split", null,
                    "slot count " + n + " is not positive", "split.slots-positive");
        }
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
     */
    public static long evenlyPrefix(long total, int k, int n) {
        return k >= n ? total : scaledRound(total, k, n);
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

    /** {@code round(total × num / den)}, half away from zero, exact for any {@code long} arguments. */
    static long scaledRound(long total, long num, long den) {
        long hi = Math.multiplyHigh(total, num);
        long lo = total * num;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return Exact.roundedDivide(lo, den, RoundingMode.HALF_UP);
        }
        BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(num))
                .divideAndRemainder(BigInteger.valueOf(den));
        long q = qr[0].longValueExact();
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
