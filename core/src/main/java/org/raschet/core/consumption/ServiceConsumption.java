package org.raschet.core.consumption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.raschet.core.account.AccountId;
import org.raschet.core.meter.ReadingSource;
import org.raschet.core.meter.Register;
import org.raschet.core.quantity.Quantity;
import org.raschet.core.quantity.Resource;
import org.threeten.extra.LocalDateRange;

/**
 * The consumption of one service of one account over a range of days, as known on a date (объём по дням на дату):
 * each register's volume and basis day by day, the volume per billing period, the intervals and averages it rests
 * on, what became of every reading, the anomaly flags and, with meters in parallel, each metering point's part.
 *
 * @param account   the account
 * @param resource  the service's resource
 * @param range     the days computed
 * @param asKnownOn the knowledge date: only what was known on it was used
 * @param registers per register (in {@link Register} order), the days' volumes and bases
 * @param periods   per billing period and register (period first, then register)
 * @param intervals the intervals between accepted readings that touch the range or its history, in order
 * @param averages  the average monthly volumes formed for gaps (available or not)
 * @param readings  every input reading with its status, in a canonical order
 * @param flags     the anomaly flags
 * @param points    with several metering points in parallel, each point's contribution (in point order); empty
 *                  for a service of one point, whose days are {@code registers}
 */
public record ServiceConsumption(AccountId account, Resource resource, LocalDateRange range, LocalDate asKnownOn,
                                 List<RegisterDays> registers, List<PeriodVolume> periods,
                                 List<IntervalVolume> intervals, List<MonthlyAverage> averages,
                                 List<ReadingOutcome> readings, List<AnomalyFlag> flags, List<PointDays> points) {
    /** Validates the parts. */
    public ServiceConsumption {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(asKnownOn, "asKnownOn");
        registers = List.copyOf(registers);
        periods = List.copyOf(periods);
        intervals = List.copyOf(intervals);
        averages = List.copyOf(averages);
        readings = List.copyOf(readings);
        flags = List.copyOf(flags);
        points = List.copyOf(points);
    }

    /** A consumption of one metering point (the form before parallel meters). */
    public ServiceConsumption(AccountId account, Resource resource, LocalDateRange range, LocalDate asKnownOn,
                              List<RegisterDays> registers, List<PeriodVolume> periods, List<IntervalVolume> intervals,
                              List<MonthlyAverage> averages, List<ReadingOutcome> readings, List<AnomalyFlag> flags) {
        this(account, resource, range, asKnownOn, registers, periods, intervals, averages, readings, flags, List.of());
    }

    /** The contribution of metering point {@code point}, if the service has several. */
    public Optional<PointDays> point(String point) {
        return points.stream().filter(p -> p.point().equals(point)).findFirst();
    }

    /** The days of {@code register}, if it carries any. */
    public Optional<RegisterDays> register(Register register) {
        return registers.stream().filter(r -> r.register() == register).findFirst();
    }

    /** The volume of {@code register} in {@code period}, if the range touches the period. */
    public Optional<PeriodVolume> period(YearMonth period, Register register) {
        return periods.stream().filter(p -> p.period().equals(period) && p.register() == register).findFirst();
    }

    /** The total of all registers over {@code span} (within the range). */
    public Quantity sum(LocalDateRange span) {
        Quantity s = Quantity.zero(resource.unit());
        for (RegisterDays r : registers) {
            s = s.plus(r.sum(span));
        }
        return s;
    }

    /** The total of all registers over the range. */
    public Quantity total() {
        return sum(range);
    }

    /** The month of the latest accepted control reading, if any: the period of the supplier's check (p.61). */
    public Optional<YearMonth> latestCheckPeriod() {
        return readings.stream()
                .filter(o -> o.status() == ReadingStatus.ACCEPTED && o.reading().source() == ReadingSource.CONTROL)
                .map(o -> YearMonth.from(o.reading().date())).max(YearMonth::compareTo);
    }
}
