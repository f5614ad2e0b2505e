package org.raschet.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * Days, half-open day ranges ({@code [startInclusive, endExclusive)}) and billing periods (calendar months,
 * 354 p.37).
 */
public final class Days {
    private Days() {
    }

    /** The days of a billing period, {@code [1st, 1st of next month)}. */
    public static LocalDateRange of(YearMonth period) {
        return LocalDateRange.of(period.atDay(1), period.plusMonths(1).atDay(1));
    }

    /** The number of days in a half-open range, as an {@code int}. */
    public static int count(LocalDateRange range) {
        return Math.toIntExact(range.lengthInDays());
    }

    /** The billing periods a range touches, in order, with the part of the range in each. */
    public static List<LocalDateRange> byMonth(LocalDateRange range) {
        List<LocalDateRange> parts = new ArrayList<>();
        LocalDate start = range.getStart();
        LocalDate end = range.getEnd();
        while (start.isBefore(end)) {
            LocalDate nextMonth = YearMonth.from(start).plusMonths(1).atDay(1);
            LocalDate partEnd = nextMonth.isBefore(end) ? nextMonth : end;
            parts.add(LocalDateRange.of(start, partEnd));
            start = partEnd;
        }
        return parts;
    }
}
