package org.raschet.core.consumption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.raschet.core.error.Faults.assertFault;
import static org.raschet.core.error.Faults.assertFaultOn;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.time.Days;
import org.threeten.extra.LocalDateRange;

/** Daily quantities (DESIGN principle 3: the day is the unit, the month is the law): exact sums and slices. */
class DailySeriesTest {
    private static final LocalDate FEB_20 = LocalDate.of(2025, 2, 20);

    private static LocalDateRange r(String from, String to) {
        return LocalDateRange.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void an_interval_spread_over_a_month_boundary_sums_exactly_per_month() {
        // 154.5 kWh between readings of 20 Feb and 10 Mar 2025 covers the days 21 Feb … 10 Mar (LEGAL §2 default):
        // 18 days, 154 500 000 / 18 = 8 583 333.33 micros a day. February gets 8 of them:
        // round(154 500 000 × 8 / 18) = round(68 666 666.67) = 68 666 667; March the remaining 85 833 333
        DailySeries s = DailySeries.evenly(r("2025-02-21", "2025-03-11"), Quantity.of("154.5", Unit.KWH));
        assertEquals(18, s.length());
        assertEquals(Unit.KWH, s.unit());
        assertEquals(r("2025-02-21", "2025-03-11"), s.range());
        assertEquals(Quantity.of("154.5", Unit.KWH), s.total());
        assertEquals(Quantity.ofMicros(68_666_667L, Unit.KWH), s.sum(r("2025-02-21", "2025-03-01")));
        assertEquals(Quantity.ofMicros(85_833_333L, Unit.KWH), s.sum(r("2025-03-01", "2025-03-11")));
        // each day is 8 583 333 or 8 583 334; day 1 = round(8 583 333.33) = 8 583 333, day 2 = round(17 166 666.67)
        // − 8 583 333 = 8 583 334
        assertEquals(8_583_333L, s.microsAt(0));
        assertEquals(8_583_334L, s.microsAt(1));
        assertEquals(Quantity.ofMicros(8_583_334L, Unit.KWH), s.on(LocalDate.of(2025, 2, 22)));
        long monthly = 0;
        for (LocalDateRange month : Days.byMonth(s.range())) {
            monthly += s.sum(month).micros();
        }
        assertEquals(154_500_000L, monthly);
    }

    @Test
    void slices_keep_their_days() {
        DailySeries s = DailySeries.of(FEB_20, Unit.M3, new long[] {1, 2, 3, 4, 5});
        DailySeries mid = s.slice(r("2025-02-21", "2025-02-24"));
        assertEquals(r("2025-02-21", "2025-02-24"), mid.range());
        assertArrayEquals(new long[] {2, 3, 4}, mid.toArray());
        assertEquals(Quantity.ofMicros(9, Unit.M3), mid.total());
        assertEquals(Quantity.ofMicros(15, Unit.M3), s.total());
        assertEquals(Quantity.ofMicros(0, Unit.M3), s.sum(r("2025-02-22", "2025-02-22")));
        assertEquals(0, s.slice(r("2025-02-25", "2025-02-25")).length());
        assertEquals(s, s.slice(s.range()));
        assertEquals(DailySeries.of(LocalDate.of(2025, 2, 21), Unit.M3, new long[] {2, 3, 4}), mid);
        assertEquals(mid.hashCode(), DailySeries.of(LocalDate.of(2025, 2, 21), Unit.M3, new long[] {2, 3, 4}).hashCode());
        assertNotEquals(mid, DailySeries.of(LocalDate.of(2025, 2, 21), Unit.KWH, new long[] {2, 3, 4}));
        assertNotEquals(mid, DailySeries.of(LocalDate.of(2025, 2, 22), Unit.M3, new long[] {2, 3, 4}));
        assertNotEquals(mid, DailySeries.of(LocalDate.of(2025, 2, 21), Unit.M3, new long[] {2, 3, 5}));
        assertEquals("DailySeries[2025-02-21/2025-02-24, 3 days, total 0.000009 m3]", mid.toString());
    }

    @Test
    void the_series_is_immutable() {
        long[] values = {1, 2, 3};
        DailySeries s = DailySeries.of(FEB_20, Unit.KWH, values);
        values[0] = 100;
        assertEquals(1, s.microsAt(0));
        s.toArray()[1] = 100;
        assertEquals(2, s.microsAt(1));
    }

    @Test
    void an_empty_range() {
        DailySeries empty = DailySeries.evenly(r("2025-02-20", "2025-02-20"), Quantity.zero(Unit.KWH));
        assertEquals(0, empty.length());
        assertEquals(Quantity.zero(Unit.KWH), empty.total());
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, FEB_20,
                () -> DailySeries.evenly(r("2025-02-20", "2025-02-20"), Quantity.of("1", Unit.KWH)),
                "daily series", "cannot spread 1.000000 kWh over an empty range", "series.non-empty-range");
    }

    @Test
    void spans_outside_the_series_are_refused() {
        DailySeries s = DailySeries.of(FEB_20, Unit.KWH, new long[] {1, 2, 3});
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, LocalDate.of(2025, 2, 19),
                () -> s.sum(r("2025-02-19", "2025-02-21")), "daily series",
                "span 2025-02-19/2025-02-21 leaves the series 2025-02-20/2025-02-23", "series.span-within-range");
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, LocalDate.of(2025, 2, 22),
                () -> s.slice(r("2025-02-22", "2025-02-24")), "leaves the series");
        // far-away dates are refused typed, not by an int overflow
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> s.sum(r("+999999-01-01", "+999999-01-02")), "leaves the series");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> s.sum(LocalDateRange.ofUnboundedEnd(FEB_20)), "leaves the series");
        assertFaultOn(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, LocalDate.of(2025, 2, 23),
                () -> s.on(LocalDate.of(2025, 2, 23)), "day 2025-02-23 is outside the series",
                "series.day-within-range");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE, () -> s.on(LocalDate.of(2025, 2, 19)));
        assertEquals(Quantity.ofMicros(1, Unit.KWH), s.on(FEB_20));
        assertEquals(Quantity.ofMicros(3, Unit.KWH), s.on(LocalDate.of(2025, 2, 22)));
    }

    @Test
    void an_overflowing_sum_is_typed_and_to_string_still_works() {
        DailySeries s = DailySeries.of(FEB_20, Unit.KWH, new long[] {Long.MAX_VALUE, 1});
        assertFault(OverflowException.class, ErrorCode.VALUE_OVERFLOW, s::total, "daily series sum");
        assertEquals("DailySeries[2025-02-20/2025-02-22, 2 days, total 9223372036854.775808 kWh]", s.toString());
    }

    @Test
    void a_whole_month_spread_evenly() {
        // 100 kWh over March 2025: 31 days, alternating 3 225 806 / 3 225 807 micros (see SplitTest)
        DailySeries s = DailySeries.evenly(Days.of(YearMonth.of(2025, 3)), Quantity.of("100", Unit.KWH));
        assertEquals(31, s.length());
        assertEquals(Quantity.of("100", Unit.KWH), s.total());
        assertEquals(Quantity.ofMicros(48_387_097L, Unit.KWH), s.sum(r("2025-03-01", "2025-03-16")));
    }
}
