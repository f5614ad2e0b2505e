package org.raschet.core.consumption;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Unit;
import org.raschet.core.split.Exact;
import org.threeten.extra.LocalDateRange;

/**
 * Quantities day by day over a contiguous range of days, in 10⁻⁶ of a unit: the shape in which consumption passes
 * from the per-day engine to pricing. Immutable; any span is the sum of its days.
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

    /** A series starting on {@code start}, one value per day (copied). */
    public static DailySeries of(LocalDate start, Unit unit, long[] micros) {
        return new DailySeries(start, unit, micros.clone());
    }

    /** {@code total} spread evenly over the days of {@code range} by cumulative rounding (exact sum). */
    public static DailySeries evenly(LocalDateRange range, Quantity total) {
        int n = Math.toIntExact(range.lengthInDays());
        if (n == 0) {
            if (!total.isZero()) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily series", range.getStart(),
                        "cannot spread " + total + " over an empty range " + range, "series.non-empty-range");
            }
            return new DailySeries(range.getStart(), total.unit(), new long[0]);
        }
        return new DailySeries(range.getStart(), total.unit(),
                org.raschet.core.split.Split.evenly(total.micros(), n));
    }

    /** The days covered, half-open. */
    public LocalDateRange range() {
        return LocalDateRange.of(start, start.plusDays(micros.length));
    }

    /** The unit. */
    public Unit unit() {
        return unit;
    }

    /** Number of days. */
    public int length() {
        return micros.length;
    }

    /** The value of day {@code i} (0 = the first day), in 10⁻⁶ units. */
    public long microsAt(int i) {
        return micros[i];
    }

    /** A copy of the daily values. */
    public long[] toArray() {
        return micros.clone();
    }

    /**
     * The sum over {@code span}, which must lie within {@link #range()}.
     *
     * @throws InvalidValueException if the span leaves the series
     */
    public Quantity sum(LocalDateRange span) {
        int from = indexOf(span.getStart());
        int to = from + Math.toIntExact(span.lengthInDays());
        if (from < 0 || to > micros.length) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily series", span.getStart(),
                    "span " + span + " leaves the series " + range(), "series.span-within-range");
        }
        long s = 0;
        for (int i = from; i < to; i++) {
            s = Exact.add(s, micros[i], "daily series sum");
        }
        return Quantity.ofMicros(s, unit);
    }

    /** The sum of all days. */
    public Quantity total() {
        return sum(range());
    }

    /** The part of this series within {@code span} (which must lie within it). */
    public DailySeries slice(LocalDateRange span) {
        int from = indexOf(span.getStart());
        int to = from + Math.toIntExact(span.lengthInDays());
        if (from < 0 || to > micros.length) {
            throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "daily series", span.getStart(),
                    "span " + span + " leaves the series " + range(), "series.span-within-range");
        }
        return new DailySeries(span.getStart(), unit, Arrays.copyOfRange(micros, from, to));
    }

    private int indexOf(LocalDate day) {
        return Math.toIntExact(day.toEpochDay() - start.toEpochDay());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailySeries d && d.start.equals(start) && d.unit == unit && Arrays.equals(d.micros, micros);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, unit) * 31 + Arrays.hashCode(micros);
    }

    @Override
    public String toString() {
        return "DailySeries[" + range() + ", " + micros.length + " days, total " + total() + "]";
    }
}
