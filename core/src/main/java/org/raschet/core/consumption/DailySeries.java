package org.raschet.core.consumption;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.error.OverflowException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;
import org.raschet.core.split.Split;
import org.raschet.core.time.Days;
import org.threeten.extra.LocalDateRange;

/**
 * Quantities day by day over a contiguous range of days, in 10⁻⁶ of a unit: the shape in which consumption passes
 * from the per-day engine to pricing. Immutable; any span is the exact sum of its days. Equal when the start, the
 * unit and every day's value are equal.
 */
public final class DailySeries {
    private final LocalDate start;
    private final Unit unit;
    private final long[] micros;

    private DailySeries(LocalDate start, Unit unit, long[] micros) {
        this.start = Objects.requireNonNull(start, "start");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.micros = micros;
    }

    /**
     * A series starting on {@code start}, one value per day.
     *
     * @param start  the first day
     * @param unit   the unit
     * @param micros the daily values in 10⁻⁶ units (copied)
     * @return the series
     */
    public static DailySeries of(LocalDate start, Unit unit, long[] micros) {
        return new DailySeries(start, unit, micros.clone());
    }

    /**
     * {@code total} spread evenly over the days of {@code range} by cumulative rounding ({@link Split#evenly}):
     * the days sum to {@code total} exactly and every contiguous span — a month, a tariff period — is within one
     * 10⁻⁶ unit of its exact share.
     *
     * @param range the days, half-open and bounded
     * @param total the quantity to spread
     * @return the series over {@code range}
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the range is empty and the total
     *                               is not zero, or the range is unbounded
     */
    public static DailySeries evenly(LocalDateRange range, Quantity total) {
        Objects.requireNonNull(total, "total");
        int n = Days.count(range);
        if (n == 0) {
            if (!total.isZero()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily series", range.getStart(),
                        "cannot spread " + total + " over an empty range " + range, "series.non-empty-range");
            }
            return new DailySeries(range.getStart(), total.unit(), new long[0]);
        }
        return new DailySeries(range.getStart(), total.unit(), Split.evenly(total.micros(), n));
    }

    /**
     * The days covered, half-open.
     *
     * @return {@code [start, start + length)}
     */
    public LocalDateRange range() {
        return LocalDateRange.of(start, start.plusDays(micros.length));
    }

    /**
     * The unit.
     *
     * @return the unit of every day's value
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Number of days.
     *
     * @return the length of {@link #range()}
     */
    public int length() {
        return micros.length;
    }

    /**
     * The value of day {@code i} (0 = the first day), in 10⁻⁶ units.
     *
     * @param i the day's index, 0..length−1
     * @return its value
     * @throws IndexOutOfBoundsException if {@code i} is outside the series
     */
    public long microsAt(int i) {
        return micros[i];
    }

    /**
     * The quantity of {@code day}.
     *
     * @param day a day within {@link #range()}
     * @return its quantity
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the day is outside the series
     */
    public Quantity on(LocalDate day) {
        Objects.requireNonNull(day, "day");
        long i = day.toEpochDay() - start.toEpochDay();
        if (i < 0 || i >= micros.length) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily series", day,
                    "day " + day + " is outside the series " + range(), "series.day-within-range");
        }
        return Quantity.ofMicros(micros[(int) i], unit);
    }

    /**
     * A copy of the daily values.
     *
     * @return the values in 10⁻⁶ units, day by day
     */
    public long[] toArray() {
        return micros.clone();
    }

    /**
     * The exact sum over {@code span}, which must lie within {@link #range()}; an empty span sums to zero.
     *
     * @param span the days summed, half-open
     * @return the sum
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the span leaves the series
     * @throws OverflowException     if the sum does not fit
     */
    public Quantity sum(LocalDateRange span) {
        int from = indexWithin(span);
        long s = 0;
        for (int i = from, to = from + Days.count(span); i < to; i++) {
            s = Exact.add(s, micros[i], "daily series sum over " + span);
        }
        return Quantity.ofMicros(s, unit);
    }

    /**
     * The exact sum of all days.
     *
     * @return the total
     * @throws OverflowException if the sum does not fit
     */
    public Quantity total() {
        return sum(range());
    }

    /**
     * The part of this series within {@code span}, which must lie within it.
     *
     * @param span the days kept, half-open
     * @return the series over {@code span}
     * @throws InvalidValueException with {@link ErrorCode#VALUE_OUT_OF_RANGE} if the span leaves the series
     */
    public DailySeries slice(LocalDateRange span) {
        int from = indexWithin(span);
        return new DailySeries(span.getStart(), unit, Arrays.copyOfRange(micros, from, from + Days.count(span)));
    }

    /** The index of the span's first day, after checking that the whole span lies within the series. */
    private int indexWithin(LocalDateRange span) {
        Objects.requireNonNull(span, "span");
        if (span.isUnboundedStart() || span.isUnboundedEnd()
                || span.getStart().toEpochDay() < start.toEpochDay()
                || span.getEnd().toEpochDay() > start.toEpochDay() + micros.length) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily series", span.getStart(),
                    "span " + span + " leaves the series " + range(), "series.span-within-range");
        }
        return (int) (span.getStart().toEpochDay() - start.toEpochDay());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailySeries d && d.start.equals(start) && d.unit == unit && Arrays.equals(d.micros, micros);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, unit) * 31 + Arrays.hashCode(micros);
    }

    /** A summary: the range, the day count and the exact total (never throws, even where the total overflows). */
    @Override
    public String toString() {
        BigInteger total = BigInteger.ZERO;
        for (long m : micros) {
            total = total.add(BigInteger.valueOf(m));
        }
        return "DailySeries[" + range() + ", " + micros.length + " days, total "
                + new BigDecimal(total, Quantity.SCALE).toPlainString() + " " + unit.code() + "]";
    }
}
