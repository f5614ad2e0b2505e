package org.raschet.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.split.Exact;
import org.threeten.extra.LocalDateRange;

/**
 * Days, half-open day ranges ({@code [startInclusive, endExclusive)}) and billing periods (calendar months,
 * 354 p.37).
 *
 * <p>A range must be bounded: an unbounded {@link LocalDateRange} (ending at {@link LocalDate#MAX}) has no day
 * count, and {@link LocalDateRange#lengthInDays()} silently answers {@link Integer#MAX_VALUE} for it, so the
 * methods here refuse it.
 */
public final class Days {
    private Days() {
    }

    /**
     * The days of a billing period, {@code [1st, 1st of next month)}: 28 to 31 days.
     *
     * @param period the calendar month
     * @return its days, half-open
     */
    public static LocalDateRange of(YearMonth period) {
        return LocalDateRange.of(period.atDay(1), period.plusMonths(1).atDay(1));
    }

    /**
     * The number of days in a half-open range; 0 for an empty range.
     *
     * @param range a bounded range
     * @return {@code endExclusive − startInclusive} in days
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the range is unbounded
     * @throws org.raschet.core.error.OverflowException if it has more than {@link Integer#MAX_VALUE} days
     */
    public static int count(LocalDateRange range) {
        requireBounded(range);
        long days = range.getEnd().toEpochDay() - range.getStart().toEpochDay();
        if (days > Integer.MAX_VALUE) {
            throw Exact.overflow("day range " + range, days + " days");
        }
        return (int) days;
    }

    /**
     * The billing periods a range touches, in order, with the part of the range in each: a range from 20 December
     * to 10 February gives {@code [12-20, 01-01)}, {@code [01-01, 02-01)}, {@code [02-01, 02-10)}. An empty range
     * gives none.
     *
     * @param range a bounded range
     * @return the non-empty parts, one per calendar month touched, contiguous and covering the range
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the range is unbounded
     */
    public static List<LocalDateRange> byMonth(LocalDateRange range) {
        requireBounded(range);
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

    /**
     * The billing periods a range touches, in order ({@code YearMonth} of each part of {@link #byMonth}).
     *
     * @param range a bounded range
     * @return the calendar months with at least one day of the range
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the range is unbounded
     */
    public static List<YearMonth> periods(LocalDateRange range) {
        List<YearMonth> months = new ArrayList<>();
        for (LocalDateRange part : byMonth(range)) {
            months.add(YearMonth.from(part.getStart()));
        }
        return months;
    }

    private static void requireBounded(LocalDateRange range) {
        Objects.requireNonNull(range, "range");
        if (range.isUnboundedStart() || range.isUnboundedEnd()) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "day range", null,
                    "range " + range + " is unbounded", "days.bounded-range");
        }
    }
}
