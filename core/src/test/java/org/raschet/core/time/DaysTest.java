package org.raschet.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raschet.core.error.Faults.assertFault;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.threeten.extra.LocalDateRange;

/** Billing periods are calendar months (354 p.37); day ranges are half-open. */
class DaysTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDateRange r(String from, String to) {
        return LocalDateRange.of(d(from), d(to));
    }

    @Test
    void a_period_is_its_calendar_month_half_open() {
        assertEquals(r("2025-01-01", "2025-02-01"), Days.of(YearMonth.of(2025, 1)));
        assertEquals(r("2024-12-01", "2025-01-01"), Days.of(YearMonth.of(2024, 12)));
        assertEquals(31, Days.count(Days.of(YearMonth.of(2025, 1))));
        assertEquals(30, Days.count(Days.of(YearMonth.of(2025, 4))));
    }

    @Test
    void february_in_leap_and_common_years() {
        assertEquals(29, Days.count(Days.of(YearMonth.of(2024, 2)))); // divisible by 4
        assertEquals(28, Days.count(Days.of(YearMonth.of(2025, 2))));
        assertEquals(28, Days.count(Days.of(YearMonth.of(2100, 2)))); // century, not by 400
        assertEquals(29, Days.count(Days.of(YearMonth.of(2000, 2)))); // by 400
        assertEquals(366, Days.count(r("2024-01-01", "2025-01-01")));
        assertEquals(0, Days.count(r("2024-01-01", "2024-01-01")));
    }

    @Test
    void by_month_across_a_year_boundary_and_a_leap_february() {
        // 20 Dec 2023 .. 4 Mar 2024 (end exclusive 5 Mar): 12 + 31 + 29 + 4 = 76 days
        List<LocalDateRange> parts = Days.byMonth(r("2023-12-20", "2024-03-05"));
        assertEquals(List.of(r("2023-12-20", "2024-01-01"), r("2024-01-01", "2024-02-01"),
                r("2024-02-01", "2024-03-01"), r("2024-03-01", "2024-03-05")), parts);
        assertEquals(List.of(12, 31, 29, 4), parts.stream().map(Days::count).toList());
        assertEquals(76, Days.count(r("2023-12-20", "2024-03-05")));
        assertEquals(List.of(YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2),
                YearMonth.of(2024, 3)), Days.periods(r("2023-12-20", "2024-03-05")));
    }

    @Test
    void by_month_edge_ranges() {
        // a whole month is one part; a range ending on the 1st does not touch the next month
        assertEquals(List.of(r("2025-02-01", "2025-03-01")), Days.byMonth(Days.of(YearMonth.of(2025, 2))));
        assertEquals(List.of(r("2025-01-31", "2025-02-01")), Days.byMonth(r("2025-01-31", "2025-02-01")));
        assertEquals(List.of(), Days.byMonth(r("2025-01-31", "2025-01-31")));
        assertEquals(List.of(), Days.periods(r("2025-01-31", "2025-01-31")));
    }

    @Test
    void unbounded_ranges_are_refused() {
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Days.count(LocalDateRange.ofUnboundedEnd(d("2025-01-01"))), "day range", "is unbounded",
                "days.bounded-range");
        assertFault(InvalidValueException.class, ErrorCode.VALUE_OUT_OF_RANGE,
                () -> Days.byMonth(LocalDateRange.ofUnboundedStart(d("2025-01-01"))), "is unbounded");
        // the longest countable range, exactly Integer.MAX_VALUE days, and one day more
        LocalDate epoch = LocalDate.ofEpochDay(0);
        assertEquals(Integer.MAX_VALUE, Days.count(LocalDateRange.of(epoch, epoch.plusDays(Integer.MAX_VALUE))));
        assertFault(org.raschet.core.error.OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Days.count(LocalDateRange.of(epoch, epoch.plusDays(Integer.MAX_VALUE + 1L))), "2147483648 days");
        // a bounded range too long for an int: a typed overflow, not Integer.MAX_VALUE
        assertFault(org.raschet.core.error.OverflowException.class, ErrorCode.VALUE_OVERFLOW,
                () -> Days.count(LocalDateRange.of(d("-9999999-01-01"), d("+9999999-01-01"))), "days");
    }
}
