package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.threeten.extra.LocalDateRange;

/** A spread series sums exactly: over its months, over any split of its range, and within one micro per span. */
class DailySeriesProperties {

    @Property(tries = 200)
    void months_and_any_two_spans_sum_to_the_total(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long micros,
            @ForAll @IntRange(min = 0, max = 3_000) int startOffset, @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll @IntRange(min = 0, max = 400) int cut) {
        LocalDate start = LocalDate.of(2023, 1, 1).plusDays(startOffset);
        LocalDateRange range = LocalDateRange.of(start, start.plusDays(days));
        DailySeries s = DailySeries.evenly(range, Quantity.ofMicros(micros, Unit.KWH));
        assertEquals(micros, s.total().micros());
        long byMonth = 0;
        for (LocalDateRange m : Days.byMonth(range)) {
            byMonth += s.sum(m).micros();
            // each month within one micro of its exact share (cumulative rounding)
            java.math.BigDecimal exact = java.math.BigDecimal.valueOf(micros).multiply(
                    java.math.BigDecimal.valueOf(Days.count(m))).divide(java.math.BigDecimal.valueOf(days),
                    java.math.MathContext.DECIMAL128);
            assertEquals(true, exact.subtract(java.math.BigDecimal.valueOf(s.sum(m).micros())).abs()
                    .compareTo(java.math.BigDecimal.ONE) <= 0);
        }
        assertEquals(micros, byMonth);
        LocalDate mid = start.plusDays(Math.min(cut, days));
        DailySeries left = s.slice(LocalDateRange.of(start, mid));
        DailySeries right = s.slice(LocalDateRange.of(mid, range.getEnd()));
        assertEquals(micros, left.total().micros() + right.total().micros());
        assertEquals(s.sum(LocalDateRange.of(start, mid)), left.total());
    }
}
