package org.raschet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * Hand-computed months priced at two prices, checked for both ways. Lines are P = V × T (Правила № 354, прил. 2,
 * формула 1), the volume spread over the days by cumulative rounding, money rounded half-up to kopecks once per
 * charge line (LEGAL §11).
 */
class MonthPricingTest {

    private static MonthPricingInput input(YearMonth month, String volumeKwh, int changeDay, String oldPrice,
                                           String newPrice) {
        return new MonthPricingInput(month, Quantity.of(volumeKwh, Unit.KWH), changeDay,
                Price.rub(oldPrice, Unit.KWH), Price.rub(newPrice, Unit.KWH));
    }

    private static void assertBothWays(MonthCharges expected, MonthPricingInput in) {
        assertEquals(expected, LibraryMonthPricing.price(in), "library");
        assertEquals(expected, NaiveMonthPricing.price(in), "naive");
    }

    @Test
    void june_100_kwh_changing_on_the_15th() {
        // 30 days; days 1–14: round(100 × 14 / 30, 6) = 46.666667 kWh, days 15–30: 53.333333 kWh.
        // 46.666667 × 6.4321 = 300.1646688107 → 300.16 ₽; 53.333333 × 7.0000 = 373.333331 → 373.33 ₽.
        assertBothWays(new MonthCharges(46_666_667L, 30_016L, 53_333_333L, 37_333L),
                input(YearMonth.of(2025, 6), "100", 15, "6.4321", "7.0000"));
    }

    @Test
    void february_of_a_leap_year_has_29_days() {
        // 2024-02: 29 days; days 1–14: round(1000.000001 × 14 / 29, 6) = 482.758621 kWh, the rest 517.241380 kWh.
        // 482.758621 × 5 = 2413.793105 → 2413.79 ₽; 517.241380 × 5.5 = 2844.82759 → 2844.83 ₽.
        assertBothWays(new MonthCharges(482_758_621L, 241_379L, 517_241_380L, 284_483L),
                input(YearMonth.of(2024, 2), "1000.000001", 15, "5.0000", "5.5000"));
    }

    @Test
    void february_of_a_common_year_has_28_days_and_the_cumulative_tie_rounds_half_up() {
        // 2023-02: 28 days; days 1–14: 1000.000001 × 14 / 28 = 500.0000005 → 500.000001 kWh (half up), rest 500.
        // 500.000001 × 5 = 2500.000005 → 2500.00 ₽; 500 × 5.5 = 2750.00 ₽.
        assertBothWays(new MonthCharges(500_000_001L, 250_000L, 500_000_000L, 275_000L),
                input(YearMonth.of(2023, 2), "1000.000001", 15, "5.0000", "5.5000"));
    }

    @Test
    void money_is_rounded_once_per_line_not_per_day() {
        // 2025-07: 31 kWh over 31 days = 1 kWh a day. Days 1–15 at 0.0030 ₽: 0.045 → 0.05 ₽ (half up; half-even
        // would give 0.04, and rounding each day's 0.003 ₽ would give 0). Days 16–31 at 0.0040 ₽: 0.064 → 0.06 ₽.
        assertBothWays(new MonthCharges(15_000_000L, 5L, 16_000_000L, 6L),
                input(YearMonth.of(2025, 7), "31", 16, "0.0030", "0.0040"));
    }

    @Test
    void a_change_on_the_first_day_leaves_the_old_line_empty() {
        // The whole 0.5 kWh at 0.0100 ₽: 0.005 ₽ → 0.01 ₽ (half up).
        assertBothWays(new MonthCharges(0L, 0L, 500_000L, 1L),
                input(YearMonth.of(2025, 4), "0.5", 1, "9.9999", "0.0100"));
    }

    @Test
    void a_change_on_the_last_day_prices_one_day_new() {
        // 2025-12: 31 days, 62 kWh = 2 kWh a day; days 1–30: 60 kWh × 4.0000 = 240.00 ₽; day 31: 2 kWh × 4.5 = 9.00 ₽.
        assertBothWays(new MonthCharges(60_000_000L, 24_000L, 2_000_000L, 900L),
                input(YearMonth.of(2025, 12), "62", 31, "4.0000", "4.5000"));
    }

    @Test
    void zero_volume_costs_nothing() {
        assertBothWays(new MonthCharges(0L, 0L, 0L, 0L), input(YearMonth.of(2025, 1), "0", 10, "5.0", "6.0"));
    }

    @Test
    void a_change_day_outside_the_month_is_rejected() {
        assertThrows(InvalidValueException.class, () -> input(YearMonth.of(2023, 2), "1", 29, "1", "2"));
        assertThrows(InvalidValueException.class, () -> input(YearMonth.of(2024, 2), "1", 0, "1", "2"));
    }

    @Test
    void a_negative_volume_is_rejected() {
        assertThrows(InvalidValueException.class, () -> input(YearMonth.of(2025, 1), "-0.000001", 5, "1", "2"));
    }

    @Test
    void a_price_per_another_unit_is_rejected() {
        assertThrows(InvalidValueException.class, () -> new MonthPricingInput(YearMonth.of(2025, 1),
                Quantity.of("1", Unit.KWH), 5, Price.rub("1", Unit.M3), Price.rub("2", Unit.KWH)));
    }

    @Test
    void the_synthetic_population_is_reproducible_and_within_its_ranges() {
        MonthPricingInput[] a = SyntheticPopulation.monthPricing(SyntheticPopulation.SEED, 500);
        assertArrayEquals(a, SyntheticPopulation.monthPricing(SyntheticPopulation.SEED, 500));
        assertEquals(500, a.length);
        for (MonthPricingInput in : a) {
            assertTrue(in.month().getYear() >= 2020 && in.month().getYear() <= 2030, in::toString);
            assertTrue(in.volume().micros() <= 2_000_000_000L, in::toString);
            assertTrue(in.changeDay() >= 2, in::toString);
            assertTrue(in.oldPrice().e4() >= 30_000L && in.oldPrice().e4() <= 120_000L, in::toString);
            assertTrue(in.newPrice().e4() >= in.oldPrice().e4()
                    && in.newPrice().e4() <= in.oldPrice().e4() * 115 / 100, in::toString);
        }
    }

    @Test
    void both_ways_agree_on_the_synthetic_population() {
        for (MonthPricingInput in : SyntheticPopulation.monthPricing(SyntheticPopulation.SEED, 1000)) {
            assertEquals(LibraryMonthPricing.price(in), NaiveMonthPricing.price(in), in::toString);
        }
    }
}
