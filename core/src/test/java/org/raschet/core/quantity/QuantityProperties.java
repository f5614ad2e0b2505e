package org.raschet.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.raschet.core.error.OverflowException;

/** Quantity arithmetic is exact, overflow throws and never wraps, and the canonical text round-trips. */
class QuantityProperties {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Property(tries = 300)
    void plus_minus_times_negate_are_exact_or_throw_overflow(@ForAll("micros") long a, @ForAll("micros") long b,
                                                             @ForAll Unit unit) {
        Quantity x = Quantity.ofMicros(a, unit);
        Quantity y = Quantity.ofMicros(b, unit);
        BigInteger bx = BigInteger.valueOf(a);
        BigInteger by = BigInteger.valueOf(b);
        check(bx.add(by), unit, () -> x.plus(y));
        check(bx.subtract(by), unit, () -> x.minus(y));
        check(bx.multiply(by), unit, () -> x.times(b));
        check(bx.negate(), unit, x::negated);
    }

    /** Within ±Long.MAX_VALUE/3 no sum overflows, so addition is associative and minus undoes plus. */
    @Property(tries = 300)
    void plus_is_associative_and_minus_undoes_it(
            @ForAll @LongRange(min = -3_074_457_345_618_258_602L, max = 3_074_457_345_618_258_602L) long a,
            @ForAll @LongRange(min = -3_074_457_345_618_258_602L, max = 3_074_457_345_618_258_602L) long b,
            @ForAll @LongRange(min = -3_074_457_345_618_258_602L, max = 3_074_457_345_618_258_602L) long c) {
        Quantity x = Quantity.ofMicros(a, Unit.KWH);
        Quantity y = Quantity.ofMicros(b, Unit.KWH);
        Quantity z = Quantity.ofMicros(c, Unit.KWH);
        assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
        assertEquals(x.plus(y), y.plus(x));
        assertEquals(x, x.plus(y).minus(y));
        assertEquals(x.minus(y), y.minus(x).negated());
    }

    @Property(tries = 300)
    void quantity_text_round_trips(@ForAll("micros") long micros, @ForAll Unit unit) {
        Quantity q = Quantity.ofMicros(micros, unit);
        assertEquals(q, Quantity.parse(q.toString()));
        assertEquals(q, Quantity.of(q.toBigDecimal(), unit));
    }

    @Property(tries = 300)
    void area_text_round_trips(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long e4) {
        Area a = Area.ofE4(e4);
        assertEquals(a, Area.parse(a.toString()));
        assertEquals(a, Area.of(a.toBigDecimal()));
    }

    private static void check(BigInteger exact, Unit unit, java.util.function.Supplier<Quantity> computed) {
        if (exact.compareTo(MIN) < 0 || exact.compareTo(MAX) > 0) {
            assertThrows(OverflowException.class, computed::get, exact::toString);
        } else {
            assertEquals(Quantity.ofMicros(exact.longValueExact(), unit), computed.get());
        }
    }

    @Provide
    Arbitrary<Long> micros() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L));
    }
}
