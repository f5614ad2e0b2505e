package org.raschet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * The library way and the naive way give the same charge lines for any volume (0 … 10⁹ kWh with six decimals), any
 * month of 2000–2100 (leap Februaries of 2000 and 2024 included, 2100 not leap) and any change day, and both equal
 * an independent {@link BigDecimal} oracle.
 */
class MonthPricingProperties {

    @Property(tries = 300)
    void library_and_naive_ways_agree(@ForAll("inputs") MonthPricingInput in) {
        assertEquals(LibraryMonthPricing.price(in), NaiveMonthPricing.price(in));
    }

    @Property(tries = 300)
    void both_ways_equal_the_exact_oracle(@ForAll("inputs") MonthPricingInput in) {
        // Old line = the first (changeDay − 1) days = round(V·(c−1)/n, 6) half up (cumulative rounding); the new
        // line is the rest; each amount is the exact product rounded half-up to kopecks once (LEGAL §11).
        int days = in.month().lengthOfMonth();
        BigDecimal volume = in.volume().toBigDecimal();
        BigDecimal oldQuantity = volume.multiply(BigDecimal.valueOf(in.changeDay() - 1L))
                .divide(BigDecimal.valueOf(days), 6, RoundingMode.HALF_UP);
        BigDecimal newQuantity = volume.subtract(oldQuantity);
        MonthCharges expected = new MonthCharges(
                oldQuantity.movePointRight(6).longValueExact(),
                kopecks(oldQuantity.multiply(in.oldPrice().toBigDecimal())),
                newQuantity.movePointRight(6).longValueExact(),
                kopecks(newQuantity.multiply(in.newPrice().toBigDecimal())));
        assertEquals(expected, LibraryMonthPricing.price(in), "library");
        assertEquals(expected, NaiveMonthPricing.price(in), "naive");
    }

    @Property(tries = 200)
    void the_lines_keep_the_volume(@ForAll("inputs") MonthPricingInput in) {
        MonthCharges c = LibraryMonthPricing.price(in);
        assertEquals(in.volume().micros(), c.oldQuantityMicros() + c.newQuantityMicros());
    }

    private static long kopecks(BigDecimal rubles) {
        return rubles.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    @Provide
    Arbitrary<MonthPricingInput> inputs() {
        Arbitrary<YearMonth> months = Combinators.combine(
                Arbitraries.integers().between(2000, 2100), Arbitraries.integers().between(1, 12))
                .as(YearMonth::of);
        Arbitrary<Long> volumeMicros = Arbitraries.longs().between(0L, 1_000_000_000_000_000L); // 0 … 10⁹ kWh
        Arbitrary<Long> priceE4 = Arbitraries.longs().between(0L, 10_000_000L);                  // 0 … 1000 ₽/kWh
        return Combinators.combine(months, volumeMicros, priceE4, priceE4)
                .flatAs((month, volume, oldE4, newE4) -> Arbitraries.integers()
                        .between(1, month.lengthOfMonth())
                        .map(changeDay -> new MonthPricingInput(month, Quantity.ofMicros(volume, Unit.KWH),
                                changeDay, new Price(oldE4, Amounts.RUB, Unit.KWH),
                                new Price(newE4, Amounts.RUB, Unit.KWH))));
    }
}
