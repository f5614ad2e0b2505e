package org.raschet.benchmarks;

import java.time.YearMonth;
import java.util.SplittableRandom;
import org.raschet.core.money.Amounts;
import org.raschet.core.money.Price;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;

/**
 * A seeded generator of synthetic billing inputs for the benchmarks: the same seed gives the same population on
 * every machine and JDK ({@link SplittableRandom}, integers only — no {@code double} in any billed value).
 *
 * <p>The shapes are household-like: months of 2020–2030 (leap Februaries 2020, 2024, 2028 included), a month's
 * electricity volume of 0–2000 kWh with six decimals, prices of 3.0000–12.0000 ₽/kWh and an increase of up to 15 %
 * on a change day from the 2nd to the last day of the month (both lines non-empty). Later scenarios add their own
 * generators here.
 */
public final class SyntheticPopulation {
    /** The seed the benchmarks use. */
    public static final long SEED = 42L;

    private static final int FIRST_YEAR = 2020;
    private static final int YEARS = 11;
    private static final long MAX_VOLUME_MICROS = 2_000_000_000L; // 2000 kWh
    private static final long MIN_PRICE_E4 = 30_000L;             // 3.0000 ₽/kWh
    private static final long MAX_PRICE_E4 = 120_000L;            // 12.0000 ₽/kWh

    private SyntheticPopulation() {
    }

    /**
     * {@code registers} months of electricity to price at two prices, generated from {@code seed}.
     *
     * @throws IllegalArgumentException if {@code registers} is negative
     */
    public static MonthPricingInput[] monthPricing(long seed, int registers) {
        if (registers < 0) {
            throw new IllegalArgumentException("register count " + registers + " is negative");
        }
        SplittableRandom random = new SplittableRandom(seed);
        MonthPricingInput[] inputs = new MonthPricingInput[registers];
        for (int i = 0; i < registers; i++) {
            YearMonth month = YearMonth.of(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12));
            Quantity volume = Quantity.ofMicros(random.nextLong(MAX_VOLUME_MICROS + 1), Unit.KWH);
            int changeDay = 2 + random.nextInt(month.lengthOfMonth() - 1);
            long oldPriceE4 = MIN_PRICE_E4 + random.nextLong(MAX_PRICE_E4 - MIN_PRICE_E4 + 1);
            long newPriceE4 = oldPriceE4 + random.nextLong(oldPriceE4 * 15 / 100 + 1);
            inputs[i] = new MonthPricingInput(month, volume, changeDay, kwhPrice(oldPriceE4), kwhPrice(newPriceE4));
        }
        return inputs;
    }

    private static Price kwhPrice(long e4) {
        return new Price(e4, Amounts.RUB, Unit.KWH);
    }
}
