package org.raschet.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.raschet.core.error.OverflowException;

/** Exact arithmetic equals the BigInteger/BigDecimal result whenever it fits a long, and throws otherwise. */
class ExactProperties {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Property(tries = 300)
    void add_subtract_multiply_are_exact_or_throw(@ForAll("longs") long a, @ForAll("longs") long b) {
        BigInteger x = BigInteger.valueOf(a);
        BigInteger y = BigInteger.valueOf(b);
        check(x.add(y), () -> Exact.add(a, b, "t"));
        check(x.subtract(y), () -> Exact.subtract(a, b, "t"));
        check(x.multiply(y), () -> Exact.multiply(a, b, "t"));
        check(x.negate(), () -> Exact.negate(a, "t"));
    }

    /** {@code a × b / 10^shift} rounded by any mode equals BigDecimal's, for any longs (a line of any size). */
    @Property(tries = 500)
    void multiply_scaled_equals_big_decimal(@ForAll("longs") long a, @ForAll("longs") long b,
                                            @ForAll @IntRange(min = 0, max = 24) int shift,
                                            @ForAll("modes") RoundingMode mode) {
        BigInteger expected = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), shift)
                .setScale(0, mode).toBigIntegerExact();
        check(expected, () -> Exact.multiplyScaled(a, b, shift, mode, "t"));
    }

    @Property(tries = 300)
    void rounded_divide_equals_big_decimal(@ForAll("longs") long n,
                                           @ForAll("divisors") long d, @ForAll("modes") RoundingMode mode) {
        long expected = new BigDecimal(n).divide(new BigDecimal(d), 0, mode).longValueExact();
        assertEquals(expected, Exact.roundedDivide(n, d, mode));
    }

    private static void check(BigInteger exact, java.util.function.LongSupplier computed) {
        if (exact.compareTo(MIN) < 0 || exact.compareTo(MAX) > 0) {
            assertThrows(OverflowException.class, computed::getAsLong, exact::toString);
        } else {
            assertEquals(exact.longValueExact(), computed.getAsLong());
        }
    }

    @Provide
    Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L, 1L << 32, -(1L << 32)));
    }

    @Provide
    Arbitrary<Long> divisors() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, Long.MAX_VALUE), Arbitraries.longs().between(1, 1000));
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
    }
}
