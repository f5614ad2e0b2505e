package org.raschet.core.split;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.OverflowException;

/**
 * Exact {@code long} arithmetic that throws a typed {@link OverflowException} instead of wrapping, and exact
 * scaled products such as quantity (10⁻⁶) × price (10⁻⁴) rounded once to kopecks.
 */
public final class Exact {
    private Exact() {
    }

    /** {@code a + b}. @throws OverflowException if the sum does not fit a {@code long} */
    public static long add(long a, long b, String entity) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw overflow(entity, a + " + " + b);
        }
        return r;
    }

    /** {@code a − b}. @throws OverflowException if the difference does not fit a {@code long} */
    public static long subtract(long a, long b, String entity) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw overflow(entity, a + " - " + b);
        }
        return r;
    }

    /** {@code a × b}. @throws OverflowException if the product does not fit a {@code long} */
    public static long multiply(long a, long b, String entity) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        throw overflow(entity, a + " × " + b);
    }

    /** {@code −a}. @throws OverflowException for {@code Long.MIN_VALUE} */
    public static long negate(long a, String entity) {
        if (a == Long.MIN_VALUE) {
            throw overflow(entity, "-(" + a + ")");
        }
        return -a;
    }

    /**
     * {@code a × b / 10^shift}, rounded by {@code mode}, computed exactly even where {@code a × b} exceeds a
     * {@code long} (the product of a 10⁻⁶ quantity and a 10⁻⁴ price passes {@code Long.MAX_VALUE} near 9×10⁸ ₽).
     *
     * @throws OverflowException if the rounded result does not fit a {@code long}
     */
    public static long multiplyScaled(long a, long b, int shift, RoundingMode mode, String entity) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) && shift <= 18) {
            return divideByPowerOfTen(lo, shift, mode);
        }
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), shift);
        try {
            return exact.setScale(0, mode).longValueExact();
        } catch (ArithmeticException e) {
            throw overflow(entity, a + " × " + b + " / 10^" + shift);
        }
    }

    /** {@code value / 10^shift} rounded by {@code mode}; exact for every {@code long}. */
    public static long divideByPowerOfTen(long value, int shift, RoundingMode mode) {
        if (shift == 0) {
            return value;
        }
        if (shift > 18) {
            return BigDecimal.valueOf(value, shift).setScale(0, mode).longValueExact();
        }
        long divisor = POW10[shift];
        return roundedDivide(value, divisor, mode);
    }

    /** {@code numerator / divisor} rounded by {@code mode}; {@code divisor > 0}. */
    public static long roundedDivide(long numerator, long divisor, RoundingMode mode) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
        long q = numerator / divisor;
        long r = numerator % divisor;
        if (r == 0) {
            return q;
        }
        int sign = numerator < 0 ? -1 : 1;
        // compare 2|r| with divisor without overflow
        long absR = Math.abs(r);
        int half = Long.compare(absR, divisor - absR); // <0 below half, 0 exactly half, >0 above
        boolean awayFromZero;
        switch (mode) {
            case UNNECESSARY -> throw new ArithmeticException("rounding necessary: " + numerator + " / " + divisor);
            case DOWN -> awayFromZero = false;
            case UP -> awayFromZero = true;
            case FLOOR -> awayFromZero = sign < 0;
            case CEILING -> awayFromZero = sign > 0;
            case HALF_UP -> awayFromZero = half >= 0;
            case HALF_DOWN -> awayFromZero = half > 0;
            case HALF_EVEN -> awayFromZero = half > 0 || (half == 0 && (q & 1) != 0);
            default -> throw new IllegalArgumentException(String.valueOf(mode));
        }
        return awayFromZero ? q + sign : q;
    }

    /** 10^n for n in 0..18. */
    public static long pow10(int n) {
        return POW10[n];
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** The typed overflow fault for {@code entity} and the expression that overflowed. */
    public static OverflowException overflow(String entity, String expression) {
        return new OverflowException(ErrorCode.VALUE_OVERFLOW, entity, null,
                "value " + expression + " overflows the exact 64-bit representation", "arithmetic.exact");
    }
}
