package org.raschet.core.split;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;

/**
 * Exact {@code long} arithmetic that throws a typed {@link OverflowException} instead of wrapping, and exact
 * scaled products such as quantity (10⁻⁶) × price (10⁻⁴) rounded once to kopecks.
 *
 * <p>Rounding modes follow {@link RoundingMode} exactly, for negative values too: {@link RoundingMode#HALF_UP}
 * rounds a half away from zero ({@code -2.5 → -3}), as {@code BigDecimal} does. No method here lets a raw
 * {@link ArithmeticException} escape: an overflow is an {@link OverflowException}, a rounding that
 * {@link RoundingMode#UNNECESSARY} forbids is an {@link InvalidValueException} with
 * {@link ErrorCode#VALUE_TOO_PRECISE}.
 */
public final class Exact {
    /** The largest shift {@link #pow10(int)} accepts: 10¹⁸ is the largest power of ten in a {@code long}. */
    public static final int MAX_POW10 = 18;

    private static final long[] POW10 = new long[MAX_POW10 + 1];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Exact() {
    }

    /**
     * {@code a + b}.
     *
     * @param a      the first addend
     * @param b      the second addend
     * @param entity what is being computed, for the error message
     * @return the exact sum
     * @throws OverflowException if the sum does not fit a {@code long}
     */
    public static long add(long a, long b, String entity) {
        long r = a + b;
        // overflow iff both operands have the sign opposite to the result (Hacker's Delight 2-13)
        if (((a ^ r) & (b ^ r)) < 0) {
            throw overflow(entity, a + " + " + b);
        }
        return r;
    }

    /**
     * {@code a − b}.
     *
     * @param a      the minuend
     * @param b      the subtrahend
     * @param entity what is being computed, for the error message
     * @return the exact difference
     * @throws OverflowException if the difference does not fit a {@code long}
     */
    public static long subtract(long a, long b, String entity) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw overflow(entity, a + " - " + b);
        }
        return r;
    }

    /**
     * {@code a × b}.
     *
     * @param a      the multiplicand
     * @param b      the multiplier
     * @param entity what is being computed, for the error message
     * @return the exact product
     * @throws OverflowException if the product does not fit a {@code long}
     */
    public static long multiply(long a, long b, String entity) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (fitsLong(hi, lo)) {
            return lo;
        }
        throw overflow(entity, a + " × " + b);
    }

    /**
     * {@code −a}.
     *
     * @param a      the value
     * @param entity what is being computed, for the error message
     * @return the exact negation
     * @throws OverflowException for {@link Long#MIN_VALUE}, whose negation does not fit a {@code long}
     */
    public static long negate(long a, String entity) {
        if (a == Long.MIN_VALUE) {
            throw overflow(entity, "-(" + a + ")");
        }
        return -a;
    }

    /**
     * The exact sum of {@code values}.
     *
     * @param values the addends (an empty array sums to 0)
     * @param entity what is being computed, for the error message
     * @return the exact sum
     * @throws OverflowException if a partial sum does not fit a {@code long}
     */
    public static long sum(long[] values, String entity) {
        long s = 0;
        for (long v : values) {
            s = add(s, v, entity);
        }
        return s;
    }

    /**
     * {@code a × b / 10^shift}, rounded once by {@code mode}, computed exactly even where {@code a × b} exceeds a
     * {@code long} (the product of a 10⁻⁶ quantity and a 10⁻⁴ price passes {@code Long.MAX_VALUE} near 9×10⁸ ₽):
     * the wide product then goes through {@link BigInteger}, so a line is never truncated.
     *
     * @param a      the first factor
     * @param b      the second factor
     * @param shift  the power of ten to divide by, ≥ 0
     * @param mode   how the exact quotient is rounded to an integer
     * @param entity what is being computed, for the error message
     * @return the rounded quotient
     * @throws OverflowException     if the rounded result does not fit a {@code long}
     * @throws InvalidValueException if {@code shift} is negative, or {@code mode} is
     *                               {@link RoundingMode#UNNECESSARY} and the quotient is not an integer
     */
    public static long multiplyScaled(long a, long b, int shift, RoundingMode mode, String entity) {
        Objects.requireNonNull(mode, "mode");
        requireShift(shift, entity);
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (fitsLong(hi, lo) && shift <= MAX_POW10) {
            return roundedDivide(lo, POW10[shift], mode, entity);
        }
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), shift);
        return roundToLong(exact, mode, entity, a + " × " + b + " / 10^" + shift);
    }

    /**
     * {@code value / 10^shift} rounded by {@code mode}; exact for every {@code long}.
     *
     * @param value the dividend
     * @param shift the power of ten to divide by, ≥ 0
     * @param mode  how the exact quotient is rounded to an integer
     * @return the rounded quotient
     * @throws InvalidValueException if {@code shift} is negative, or {@code mode} is
     *                               {@link RoundingMode#UNNECESSARY} and the quotient is not an integer
     */
    public static long divideByPowerOfTen(long value, int shift, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        requireShift(shift, "division by 10^" + shift);
        if (shift == 0) {
            return value;
        }
        if (shift > MAX_POW10) {
            // |value| < 10^19, so the quotient is below one in magnitude: 0 or ±1 after rounding
            return roundToLong(BigDecimal.valueOf(value, shift), mode, "division by 10^" + shift,
                    value + " / 10^" + shift);
        }
        return roundedDivide(value, POW10[shift], mode, "division by 10^" + shift);
    }

    /**
     * {@code numerator / divisor} rounded by {@code mode}, exact for every {@code long} numerator.
     *
     * @param numerator the dividend
     * @param divisor   the divisor, positive
     * @param mode      how the exact quotient is rounded to an integer; {@link RoundingMode#HALF_UP} rounds a half
     *                  away from zero, for negative quotients too
     * @return the rounded quotient
     * @throws InvalidValueException if {@code divisor} is not positive, or {@code mode} is
     *                               {@link RoundingMode#UNNECESSARY} and the quotient is not an integer
     */
    public static long roundedDivide(long numerator, long divisor, RoundingMode mode) {
        return roundedDivide(numerator, divisor, mode, "division");
    }

    private static long roundedDivide(long numerator, long divisor, RoundingMode mode, String entity) {
        Objects.requireNonNull(mode, "mode");
        if (divisor <= 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, null,
                    "divisor " + divisor + " is not positive", "arithmetic.divisor-positive");
        }
        long q = numerator / divisor;
        long r = numerator % divisor;
        if (r == 0) {
            return q;
        }
        // r ≠ 0 implies divisor ≥ 2, so |q| ≤ Long.MAX_VALUE / 2 and q ± 1 cannot overflow
        int sign = numerator < 0 ? -1 : 1;
        long absR = Math.abs(r); // |r| < divisor, so never Long.MIN_VALUE
        // compare 2|r| with divisor without overflow: <0 below half, 0 exactly half, >0 above
        int half = Long.compare(absR, divisor - absR);
        boolean awayFromZero;
        switch (mode) {
            case UNNECESSARY -> throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, entity, null,
                    "quotient " + numerator + " / " + divisor + " is not an integer", "rounding.unnecessary");
            case DOWN -> awayFromZero = false;
            case UP -> awayFromZero = true;
            case FLOOR -> awayFromZero = sign < 0;
            case CEILING -> awayFromZero = sign > 0;
            case HALF_UP -> awayFromZero = half >= 0;
            case HALF_DOWN -> awayFromZero = half > 0;
            case HALF_EVEN -> awayFromZero = half > 0 || (half == 0 && (q & 1) != 0);
            default -> throw new IllegalStateException(String.valueOf(mode));
        }
        return awayFromZero ? q + sign : q;
    }

    /**
     * 10ⁿ for n in 0..18.
     *
     * @param n the exponent, 0..{@link #MAX_POW10}
     * @return 10ⁿ
     * @throws InvalidValueException if {@code n} is outside 0..18
     */
    public static long pow10(int n) {
        if (n < 0 || n > MAX_POW10) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "power of ten", null,
                    "exponent " + n + " is outside 0.." + MAX_POW10, "arithmetic.pow10-range");
        }
        return POW10[n];
    }

    /**
     * The exact {@code long} {@code value × 10^scale}: the unscaled value of a fixed-scale type (a quantity in
     * 10⁻⁶, a price in 10⁻⁴). Never rounds.
     *
     * @param value   the decimal value
     * @param scale   the digits the type keeps after the decimal point, ≥ 0
     * @param entity  the entity for the error message, e.g. {@code "quantity"}
     * @param display the value as the message shows it, e.g. {@code "1.0000001 kWh"}
     * @param rule    the rule broken by a too precise value, e.g. {@code "quantity.scale-6"}
     * @return {@code value × 10^scale}
     * @throws InvalidValueException with {@link ErrorCode#VALUE_TOO_PRECISE} if {@code value} has more than
     *                               {@code scale} decimals (never rounded)
     * @throws OverflowException     if {@code value × 10^scale} does not fit a {@code long}
     */
    public static long toScaledLong(BigDecimal value, int scale, String entity, String display, String rule) {
        Objects.requireNonNull(value, "value");
        requireShift(scale, entity);
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, entity, null,
                    "value " + display + " is finer than 10^-" + scale, rule);
        }
        // integer digits = precision − scale; a long holds at most 19, so larger values overflow without
        // building a huge BigInteger (1E+999999999 must not allocate)
        if ((long) stripped.precision() - stripped.scale() + scale > 19) {
            throw overflow(entity, display);
        }
        BigInteger unscaled = stripped.unscaledValue().multiply(BigInteger.TEN.pow(scale - stripped.scale()));
        if (unscaled.bitLength() > 63) {
            throw overflow(entity, display);
        }
        return unscaled.longValue();
    }

    /**
     * Decimal text of {@code value} for a message: plain ({@code 1000.5}) unless its exponent is extreme, where the
     * plain form would be absurdly long ({@code 1E+999999999} has a billion digits), then scientific.
     *
     * @param value the value
     * @return its text
     */
    public static String text(BigDecimal value) {
        return Math.abs((long) value.scale()) <= 64 ? value.toPlainString() : value.toString();
    }

    /**
     * The typed overflow fault for {@code entity} and the expression that overflowed.
     *
     * @param entity     what was being computed
     * @param expression the expression or value that does not fit
     * @return the exception, to be thrown by the caller
     */
    public static OverflowException overflow(String entity, String expression) {
        return new OverflowException(ErrorCode.VALUE_OVERFLOW, entity, null,
                "value " + expression + " overflows the exact 64-bit representation", "arithmetic.exact");
    }

    private static boolean fitsLong(long hi, long lo) {
        // the 128-bit product fits 64 bits iff its high word is the sign extension of the low word
        return hi == (lo >> 63);
    }

    private static void requireShift(int shift, String entity) {
        if (shift < 0) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, entity, null,
                    "decimal shift " + shift + " is negative", "arithmetic.shift-non-negative");
        }
    }

    private static long roundToLong(BigDecimal exact, RoundingMode mode, String entity, String expression) {
        BigDecimal rounded;
        try {
            rounded = exact.setScale(0, mode);
        } catch (ArithmeticException e) {
            // only RoundingMode.UNNECESSARY throws here
            throw new InvalidValueException(ErrorCode.VALUE_TOO_PRECISE, entity, null,
                    "quotient " + expression + " is not an integer", "rounding.unnecessary");
        }
        if (rounded.unscaledValue().bitLength() > 63) {
            throw overflow(entity, expression);
        }
        return rounded.longValue();
    }
}
