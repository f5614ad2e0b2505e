package org.raschet.core.money;

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
import org.raschet.core.error.OverflowException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * P = V × T rounded once half-up to kopecks (354 App. 2 formula 1; LEGAL §11) equals the BigDecimal computation
 * for any quantity and price, lines far beyond 9×10⁸ ₽ included; the canonical texts round-trip.
 */
class PriceProperties {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Property(tries = 500)
    void charge_equals_big_decimal_product_rounded_half_up(@ForAll("micros") long micros,
                                                           @ForAll("priceE4") long priceE4) {
        Quantity v = Quantity.ofMicros(micros, Unit.KWH);
        Price t = Price.ofE4(priceE4, Amounts.RUB, Unit.KWH);
        BigInteger expected = v.toBigDecimal().multiply(t.toBigDecimal()).setScale(2, RoundingMode.HALF_UP)
                .unscaledValue();
        if (expected.compareTo(MIN) < 0 || expected.compareTo(MAX) > 0) {
            assertThrows(OverflowException.class, () -> t.chargeMinor(v, RoundingRule.KOPECKS_HALF_UP));
        } else {
            assertEquals(expected.longValueExact(), t.chargeMinor(v, RoundingRule.KOPECKS_HALF_UP));
            assertEquals(Amounts.rub(expected.longValueExact()), t.charge(v, RoundingRule.KOPECKS_HALF_UP));
        }
    }

    /** Half-up is half away from zero, so a correction of −V is exactly the negation of the charge of V. */
    @Property(tries = 300)
    void charge_of_a_correction_is_the_negated_charge(
            @ForAll("micros") long micros, @ForAll("priceE4") long priceE4) {
        net.jqwik.api.Assume.that(micros != Long.MIN_VALUE);
        Price t = Price.ofE4(priceE4, Amounts.RUB, Unit.KWH);
        Quantity v = Quantity.ofMicros(micros, Unit.KWH);
        try {
            long charge = t.chargeMinor(v, RoundingRule.KOPECKS_HALF_UP);
            assertEquals(-charge, t.chargeMinor(v.negated(), RoundingRule.KOPECKS_HALF_UP));
        } catch (OverflowException e) {
            assertThrows(OverflowException.class, () -> t.chargeMinor(v.negated(), RoundingRule.KOPECKS_HALF_UP));
        }
    }

    @Property(tries = 300)
    void price_and_amount_texts_round_trip(@ForAll("priceE4") long e4, @ForAll Unit unit) {
        Price p = Price.ofE4(e4, Amounts.RUB, unit);
        assertEquals(p, Price.parse(p.toString()));
        assertEquals(p, Price.of(new BigDecimal(p.toBigDecimal().toPlainString()), Amounts.RUB, unit));
        assertEquals(Amounts.rub(e4), Amounts.parse(Amounts.format(Amounts.rub(e4))));
        assertEquals(e4, Amounts.toMinor(Amounts.rub(e4)));
    }

    @Provide
    Arbitrary<Long> micros() {
        return Arbitraries.oneOf(Arbitraries.longs(),
                Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L),
                Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                Arbitraries.of(Long.MIN_VALUE + 1, Long.MAX_VALUE, 0L, 1L, -1L));
    }

    @Provide
    Arbitrary<Long> priceE4() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000_000L), Arbitraries.longs(),
                Arbitraries.longs().between(-100_000_000L, 0));
    }
}
