package org.raschet.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import org.raschet.core.error.ErrorCode;
import org.raschet.core.error.InvalidValueException;

/**
 * A working-day calendar (производственный календарь): which days are non-working, so that a period ending on a
 * non-working day moves to the next working day (ГК РФ ст. 193). Immutable.
 *
 * <p>A day is non-working when it is a Saturday or Sunday not declared a working day, or a declared holiday. The
 * Russian production calendar changes every year (holidays of the Labour Code Art. 112 and the transfers of days
 * off set by a Government decree for each year), so Raschet ships no year's calendar: the federal default is
 * {@link #WEEKENDS_ONLY}, and a host that needs exact dates passes the year's holidays and transferred working
 * days as input ({@link #of}).
 */
public final class WorkingCalendar {
    /** Saturdays and Sundays are non-working, every other day is working; no holidays. */
    public static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(new TreeSet<>(), new TreeSet<>());

    private final NavigableSet<LocalDate> holidays;
    private final NavigableSet<LocalDate> workingDays;

    private WorkingCalendar(TreeSet<LocalDate> holidays, TreeSet<LocalDate> workingDays) {
        this.holidays = Collections.unmodifiableNavigableSet(holidays);
        this.workingDays = Collections.unmodifiableNavigableSet(workingDays);
    }

    /**
     * A calendar with these non-working holidays (any weekday) and these working days (Saturdays or Sundays made
     * working by a transfer).
     *
     * @param holidays    days off besides Saturdays and Sundays (holidays and transferred days off)
     * @param workingDays Saturdays or Sundays that are working days
     * @throws InvalidValueException if a day is both a holiday and a working day, or a working day is not a
     *                               Saturday or Sunday
     */
    public static WorkingCalendar of(Collection<LocalDate> holidays, Collection<LocalDate> workingDays) {
        TreeSet<LocalDate> h = new TreeSet<>();
        holidays.forEach(d -> h.add(Objects.requireNonNull(d, "holiday")));
        TreeSet<LocalDate> w = new TreeSet<>();
        for (LocalDate d : workingDays) {
            Objects.requireNonNull(d, "working day");
            if (!isWeekend(d)) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "working calendar", d,
                        "day " + d + " (" + d.getDayOfWeek() + ") is declared working but is not a Saturday or Sunday",
                        "calendar.working-day-is-weekend");
            }
            if (h.contains(d)) {
                throw new InvalidValueException(ErrorCode.VALUE_OUT_OF_RANGE, "working calendar", d,
                        "day " + d + " is declared both a holiday and a working day", "calendar.consistent");
            }
            w.add(d);
        }
        return new WorkingCalendar(h, w);
    }

    /** This calendar with more holidays. @throws InvalidValueException as {@link #of} */
    public WorkingCalendar withHolidays(Collection<LocalDate> more) {
        TreeSet<LocalDate> h = new TreeSet<>(holidays);
        h.addAll(more);
        return of(h, workingDays);
    }

    /** Whether {@code day} is a working day. */
    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        return !isWeekend(day) || workingDays.contains(day);
    }

    /** {@code day} itself if it is a working day, else the next working day after it (ГК РФ ст. 193). */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The declared holidays, in date order. */
    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    /** The Saturdays and Sundays declared working, in date order. */
    public NavigableSet<LocalDate> workingDays() {
        return workingDays;
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar c && c.holidays.equals(holidays) && c.workingDays.equals(workingDays);
    }

    @Override
    public int hashCode() {
        return holidays.hashCode() * 31 + workingDays.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingCalendar[holidays=" + holidays + ", workingDays=" + workingDays + "]";
    }
}
