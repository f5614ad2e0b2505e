package org.raschet.benchmarks;

import org.raschet.core.money.RoundingRule;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.split.Split;

/**
 * The library way to price a month at two prices: Raschet's exact cumulative split into days ({@link Split#evenly}),
 * the days of each price span summed as primitive {@code long}s, and each line priced once by
 * {@link org.raschet.core.money.Price#chargeMinor}. No object per day, no {@link java.math.BigDecimal} in the loop.
 */
public final class LibraryMonthPricing {
    private LibraryMonthPricing() {
    }

    /** Prices {@code in}: two exact line quantities, each × its price, rounded half-up to kopecks once per line. */
    public static MonthCharges price(MonthPricingInput in) {
        int days = in.month().lengthOfMonth();
        // Cumulative rounding: every run of days is within 10⁻⁶ of its exact share and the days sum to the volume.
        long[] dayMicros = Split.evenly(in.volume().micros(), days);
        int firstNewDay = in.changeDay() - 1;
        // The volume is not negative, so every day is too and no partial sum exceeds the volume: no overflow.
        long oldMicros = 0;
        for (int i = 0; i < firstNewDay; i++) {
            oldMicros += dayMicros[i];
        }
        long newMicros = 0;
        for (int i = firstNewDay; i < days; i++) {
            newMicros += dayMicros[i];
        }
        // 354, App. 2, formula 1: P = V × T per line; money rounded once per charge line (LEGAL §11).
        long oldKopecks = in.oldPrice().chargeMinor(Quantity.ofMicros(oldMicros, in.volume().unit()),
                RoundingRule.KOPECKS_HALF_UP);
        long newKopecks = in.newPrice().chargeMinor(Quantity.ofMicros(newMicros, in.volume().unit()),
                RoundingRule.KOPECKS_HALF_UP);
        return new MonthCharges(oldMicros, oldKopecks, newMicros, newKopecks);
    }
}
